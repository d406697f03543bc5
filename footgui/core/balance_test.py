"""The single-leg stance test, as Springer et al. (2007) ran it (CLINICAL.md section 3).

Per side, eyes open then eyes closed, three trials each, capped at 45 s; the
best of the three is compared with the norm for the user's age (and, eyes
closed, sex). Trials alternate sides so each leg rests between its trials
(footgui's own ordering; the protocol does not fix one). The clock is passed
in, so the whole test runs under a fake clock in tests. Labels, the spoken
announcement and the verdict are ``Msg`` sentences the GUI shows and speaks in
the app's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from footgui.core.norms import BALANCE_CAP_S, NormBand, balance_band
from footgui.core.text import Msg, translate

Condition = Literal["balance_eo", "balance_ec"]
Foot = Literal["left", "right"]

CONDITION_LABELS: dict[str, Msg] = {
    "balance_eo": translate("BalanceTest", "eyes open"),
    "balance_ec": translate("BalanceTest", "eyes closed"),
}
STOP_RULES = translate(
    "BalanceTest",
    "Arms free, other foot off the floor. Stop the trial when the lifted foot touches "
    "down, the standing foot moves, or (eyes closed) your eyes open. It stops by itself at 45 s.",
)
_TRIAL_LABELS: dict[str, Msg] = {
    "left": translate("BalanceTest", "Left foot, {condition}, trial {number}"),
    "right": translate("BalanceTest", "Right foot, {condition}, trial {number}"),
}
_ANNOUNCEMENTS: dict[str, Msg] = {
    "left": translate("BalanceTest", "Left foot, {condition}."),
    "right": translate("BalanceTest", "Right foot, {condition}."),
}
_ROW_LABELS: dict[str, Msg] = {
    "left": translate("BalanceTest", "Left, {condition}"),
    "right": translate("BalanceTest", "Right, {condition}"),
}
NOT_DONE = translate("BalanceTest", "Not done.")


def row_label(condition: Condition, side: Foot) -> Msg:
    """A results row: "Left, eyes open"."""
    return _ROW_LABELS[side].format(condition=CONDITION_LABELS[condition])


@dataclass(frozen=True)
class Trial:
    condition: Condition
    side: Foot
    number: int  # 1-based within its condition and side

    @property
    def label(self) -> Msg:
        return _TRIAL_LABELS[self.side].format(
            condition=CONDITION_LABELS[self.condition], number=self.number
        )

    @property
    def announcement(self) -> Msg:
        """What the voice says before the trial: "Left foot, eyes open."."""
        return _ANNOUNCEMENTS[self.side].format(condition=CONDITION_LABELS[self.condition])


@dataclass(frozen=True)
class SideResult:
    condition: Condition
    side: Foot
    trials: tuple[float, ...]
    best: float | None
    band: NormBand
    verdict: Msg


def trial_plan(
    trials: int = 3,
    conditions: tuple[Condition, ...] = ("balance_eo", "balance_ec"),
    sides: tuple[Foot, ...] = ("left", "right"),
) -> list[Trial]:
    return [
        Trial(condition, side, number)
        for condition in conditions
        for number in range(1, trials + 1)
        for side in sides
    ]


def verdict(best: float, band: NormBand) -> Msg:
    """How a best time compares with the norm, in words that say where the norm comes from."""
    low, high = float(band.low), float(band.high)
    if band.low == band.high:
        if best >= band.low:
            return translate("BalanceTest", "At or above the norm of {low:g} s.").format(low=low)
        return translate("BalanceTest", "Below the norm of {low:g} s by {gap:.1f} s.").format(
            low=low, gap=float(band.low - best)
        )
    if best >= band.high:
        return translate("BalanceTest", "Above the norm range ({low:g}-{high:g} s).").format(
            low=low, high=high
        )
    if best >= band.low:
        return translate("BalanceTest", "Within the norm range ({low:g}-{high:g} s).").format(
            low=low, high=high
        )
    return translate(
        "BalanceTest", "Below the norm range ({low:g}-{high:g} s) by {gap:.1f} s."
    ).format(low=low, high=high, gap=float(band.low - best))


@dataclass
class BalanceTest:
    cap_s: float = BALANCE_CAP_S
    trials_per_side: int = 3
    plan: list[Trial] = field(default_factory=list)
    results: dict[Trial, float] = field(default_factory=dict)
    started_at: float | None = None

    def __post_init__(self) -> None:
        if not self.plan:
            self.plan = trial_plan(self.trials_per_side)

    @property
    def current(self) -> Trial | None:
        """The trial running or next to run; None when all are done."""
        return next((t for t in self.plan if t not in self.results), None)

    @property
    def running(self) -> bool:
        return self.started_at is not None

    @property
    def complete(self) -> bool:
        return self.current is None

    def elapsed(self, now: float) -> float:
        if self.started_at is None:
            return 0.0
        return min(max(now - self.started_at, 0.0), self.cap_s)

    def start(self, now: float) -> Trial | None:
        if self.running or self.complete:
            return None
        self.started_at = now
        return self.current

    def stop(self, now: float) -> tuple[Trial, float] | None:
        """End the running trial now (or at the cap); returns what to store."""
        trial = self.current
        if self.started_at is None or trial is None:
            return None
        value = round(self.elapsed(now), 2)
        self.results[trial] = value
        self.started_at = None
        return trial, value

    def check_cap(self, now: float) -> tuple[Trial, float] | None:
        """Stops the trial by itself when it reaches the cap."""
        if self.started_at is not None and now - self.started_at >= self.cap_s:
            return self.stop(self.started_at + self.cap_s)
        return None

    def toggle(self, now: float) -> tuple[Trial, float] | None:
        """Space: start the next trial, or stop the running one."""
        if self.running:
            return self.stop(now)
        self.start(now)
        return None

    def cancel(self) -> None:
        """Abandon the running trial without a result (a false start)."""
        self.started_at = None

    def undo_last(self) -> Trial | None:
        """Forget the last recorded trial so it is done again."""
        if self.running:
            return None
        done = [t for t in self.plan if t in self.results]
        if not done:
            return None
        last = max(done, key=self.plan.index)
        del self.results[last]
        return last

    def trials_of(self, condition: Condition, side: Foot) -> tuple[float, ...]:
        return tuple(
            self.results[t]
            for t in self.plan
            if t.condition == condition and t.side == side and t in self.results
        )

    def best(self, condition: Condition, side: Foot) -> float | None:
        values = self.trials_of(condition, side)
        return max(values) if values else None

    def summary(self, age: int | None, sex: str | None) -> list[SideResult]:
        out = []
        for condition in dict.fromkeys(t.condition for t in self.plan):
            band = balance_band(condition == "balance_ec", age, sex)
            for side in dict.fromkeys(t.side for t in self.plan):
                best = self.best(condition, side)
                words = verdict(best, band) if best is not None else NOT_DONE
                out.append(
                    SideResult(condition, side, self.trials_of(condition, side), best, band, words)
                )
        return out
