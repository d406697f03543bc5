<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>{name} is used under the GNU Lesser General Public License. footgui loads it as separate shared libraries, which you may replace with a modified version built from the corresponding source ({source}); footgui does not restrict that, nor reverse engineering to debug such changes. The licence texts follow.</source>
        <translation>{name} wird unter der GNU Lesser General Public License verwendet. footgui lädt es als eigenständige gemeinsam genutzte Bibliotheken, die du durch eine veränderte, aus dem zugehörigen Quellcode ({source}) gebaute Fassung ersetzen darfst; footgui schränkt das nicht ein, ebenso wenig Reverse Engineering zur Fehlersuche an solchen Änderungen. Die Lizenztexte folgen.</translation>
    </message>
    <message>
        <source>not found in this installation</source>
        <translation>in dieser Installation nicht gefunden</translation>
    </message>
    <message>
        <source>FFmpeg (the video decoder of Qt Multimedia)</source>
        <translation>FFmpeg (der Videodecoder von Qt Multimedia)</translation>
    </message>
    <message>
        <source>FFmpeg is a trademark of Fabrice Bellard, originator of the FFmpeg project.</source>
        <translation>FFmpeg ist eine Marke von Fabrice Bellard, dem Begründer des FFmpeg-Projekts.</translation>
    </message>
    <message>
        <source>The Python Software Foundation License applies to the Python interpreter.</source>
        <translation>Für den Python-Interpreter gilt die Python Software Foundation License.</translation>
    </message>
    <message>
        <source>(The licence text {file} is missing from this installation: {path}.)</source>
        <translation>(Der Lizenztext {file} fehlt in dieser Installation: {path}.)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About footgui</source>
        <translation>Über footgui</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Bereiche von „Über footgui“</translation>
    </message>
    <message>
        <source>footgui</source>
        <translation>footgui</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>A trainer for runners&apos; foot and ankle strength, licensed under MIT.</source>
        <translation>Ein Trainer für die Fuß- und Sprunggelenkkraft von Läuferinnen und Läufern, lizenziert unter MIT.</translation>
    </message>
    <message>
        <source>Your data: {folder}</source>
        <translation>Deine Daten: {folder}</translation>
    </message>
    <message>
        <source>Logs: {folder}</source>
        <translation>Protokolle: {folder}</translation>
    </message>
    <message>
        <source>Data and log folders</source>
        <translation>Daten- und Protokollordner</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python} on {system}.</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python} unter {system}.</translation>
    </message>
    <message>
        <source>footgui uses Qt, PySide6 and FFmpeg under the GNU LGPL, and pyqtgraph and SQLAlchemy under the MIT licence. See the Licences tab for versions, notices and full texts.</source>
        <translation>footgui nutzt Qt, PySide6 und FFmpeg unter der GNU LGPL sowie pyqtgraph und SQLAlchemy unter der MIT-Lizenz. Versionen, Hinweise und vollständige Texte stehen im Reiter „Lizenzen“.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
</context>
<context>
    <name>BalanceTest</name>
    <message>
        <source>eyes open</source>
        <translation>Augen offen</translation>
    </message>
    <message>
        <source>eyes closed</source>
        <translation>Augen geschlossen</translation>
    </message>
    <message>
        <source>Arms free, other foot off the floor. Stop the trial when the lifted foot touches down, the standing foot moves, or (eyes closed) your eyes open. It stops by itself at 45 s.</source>
        <translation>Arme frei, der andere Fuß in der Luft. Stoppe den Versuch, wenn der angehobene Fuß den Boden berührt, der Standfuß sich bewegt oder du (bei geschlossenen Augen) die Augen öffnest. Nach 45 s stoppt er von selbst.</translation>
    </message>
    <message>
        <source>Left foot, {condition}, trial {number}</source>
        <translation>Linker Fuß, {condition}, Versuch {number}</translation>
    </message>
    <message>
        <source>Right foot, {condition}, trial {number}</source>
        <translation>Rechter Fuß, {condition}, Versuch {number}</translation>
    </message>
    <message>
        <source>Left foot, {condition}.</source>
        <translation>Linker Fuß, {condition}.</translation>
    </message>
    <message>
        <source>Right foot, {condition}.</source>
        <translation>Rechter Fuß, {condition}.</translation>
    </message>
    <message>
        <source>Left, {condition}</source>
        <translation>Links, {condition}</translation>
    </message>
    <message>
        <source>Right, {condition}</source>
        <translation>Rechts, {condition}</translation>
    </message>
    <message>
        <source>Not done.</source>
        <translation>Nicht gemacht.</translation>
    </message>
    <message>
        <source>At or above the norm of {low:g} s.</source>
        <translation>Auf oder über der Norm von {low:g} s.</translation>
    </message>
    <message>
        <source>Below the norm of {low:g} s by {gap:.1f} s.</source>
        <translation>{gap:.1f} s unter der Norm von {low:g} s.</translation>
    </message>
    <message>
        <source>Above the norm range ({low:g}-{high:g} s).</source>
        <translation>Über dem Normbereich ({low:g}–{high:g} s).</translation>
    </message>
    <message>
        <source>Within the norm range ({low:g}-{high:g} s).</source>
        <translation>Im Normbereich ({low:g}–{high:g} s).</translation>
    </message>
    <message>
        <source>Below the norm range ({low:g}-{high:g} s) by {gap:.1f} s.</source>
        <translation>{gap:.1f} s unter dem Normbereich ({low:g}–{high:g} s).</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <source>Single-leg balance test</source>
        <translation>Einbeinstand-Test</translation>
    </message>
    <message>
        <source>{rules} Best of 3 trials per side, compared with Springer et al. 2007 ({status}).</source>
        <translation>{rules} Bester von 3 Versuchen je Seite, verglichen mit Springer et al. 2007 ({status}).</translation>
    </message>
    <message>
        <source>Press Space (or Start) when you are standing on one foot.</source>
        <translation>Drücke die Leertaste (oder Start), sobald du auf einem Fuß stehst.</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Start (Leertaste)</translation>
    </message>
    <message>
        <source>Cancel trial</source>
        <translation>Versuch abbrechen</translation>
    </message>
    <message>
        <source>Redo last trial</source>
        <translation>Letzten Versuch wiederholen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Trial 1</source>
        <translation>Versuch 1</translation>
    </message>
    <message>
        <source>Trial 2</source>
        <translation>Versuch 2</translation>
    </message>
    <message>
        <source>Trial 3</source>
        <translation>Versuch 3</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bester</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Compared with the norm</source>
        <translation>Im Vergleich zur Norm</translation>
    </message>
    <message>
        <source>The trial could not be removed: {error}</source>
        <translation>Der Versuch konnte nicht entfernt werden: {error}</translation>
    </message>
    <message>
        <source>All trials done</source>
        <translation>Alle Versuche erledigt</translation>
    </message>
    <message>
        <source>Done. Your best times are in the table.</source>
        <translation>Fertig. Deine besten Zeiten stehen in der Tabelle.</translation>
    </message>
    <message>
        <source>{trial} of {total}</source>
        <translation>{trial} von {total}</translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation>Stopp (Leertaste)</translation>
    </message>
    <message>
        <source>Press Space the moment your foot touches down.</source>
        <translation>Drücke die Leertaste, sobald dein Fuß den Boden berührt.</translation>
    </message>
    <message>
        <source>The trial could not be saved: {error}</source>
        <translation>Der Versuch konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save the {chart} chart as a picture (PNG)</source>
        <translation>Das Diagramm „{chart}“ als Bild speichern (PNG)</translation>
    </message>
    <message>
        <source>Save {chart} as PNG</source>
        <translation>„{chart}“ als PNG speichern</translation>
    </message>
    <message>
        <source>Save the points visible in the {chart} chart as a table (CSV)</source>
        <translation>Die sichtbaren Punkte des Diagramms „{chart}“ als Tabelle speichern (CSV)</translation>
    </message>
    <message>
        <source>Save {chart} points as CSV</source>
        <translation>Punkte von „{chart}“ als CSV speichern</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the {chart} chart to the clipboard as a picture</source>
        <translation>Das Diagramm „{chart}“ als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy {chart} chart</source>
        <translation>Diagramm „{chart}“ kopieren</translation>
    </message>
    <message>
        <source>Save the {chart} chart as a scalable drawing (SVG)</source>
        <translation>Das Diagramm „{chart}“ als skalierbare Grafik (SVG) speichern</translation>
    </message>
    <message>
        <source>Save {chart} as SVG</source>
        <translation>„{chart}“ als SVG speichern</translation>
    </message>
    <message>
        <source>{chart} chart</source>
        <translation>Diagramm {chart}</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>Show or hide “{series}”</source>
        <translation>„{series}“ zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show {series}</source>
        <translation>{series} zeigen</translation>
    </message>
    <message>
        <source>{series} (none)</source>
        <translation>{series} (keine)</translation>
    </message>
    <message>
        <source>{chart}: no data yet. {message}</source>
        <translation>{chart}: noch keine Daten. {message}</translation>
    </message>
    <message>
        <source>week of {day}</source>
        <translation>Woche vom {day}</translation>
    </message>
    <message>
        <source>{series}: {value} on {day}</source>
        <translation>{series}: {value} am {day}</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>{chart}. Latest values: {latest}.</source>
        <translation>{chart}. Neueste Werte: {latest}.</translation>
    </message>
    <message>
        <source>Save the {chart} chart</source>
        <translation>Diagramm „{chart}“ speichern</translation>
    </message>
    <message>
        <source>Save the {chart} points</source>
        <translation>Punkte von „{chart}“ speichern</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sleep (hours)</source>
        <translation>Schlaf (Stunden)</translation>
    </message>
    <message>
        <source>e.g. 7.5</source>
        <translation>z. B. 7,5</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>{score} (0-10)</source>
        <translation>{score} (0–10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>How the feet felt, surfaces, shoes...</source>
        <translation>Wie sich die Füße anfühlten, Untergründe, Schuhe …</translation>
    </message>
    <message>
        <source>New check-in for {day}</source>
        <translation>Neuer Check-in für {day}</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <source>You already checked in on {day}. Your changes update that check-in.</source>
        <translation>Für {day} gibt es schon einen Check-in. Deine Änderungen aktualisieren ihn.</translation>
    </message>
    <message>
        <source>Update check-in</source>
        <translation>Check-in aktualisieren</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>Pain-monitoring model: up to 5/10 during exercise is acceptable (0-3 safe, 4-5 acceptable, above 5 too much). Studied in Achilles tendinopathy; used here for the plantar fascia as an extrapolation.</source>
        <translation>Schmerz-Monitoring-Modell: bis 5/10 während der Übungen ist akzeptabel (0-3 sicher, 4-5 akzeptabel, über 5 zu viel). Untersucht bei Achillessehnen-Tendinopathie; hier auf die Plantarfaszie übertragen (Extrapolation).</translation>
    </message>
    <message>
        <source>Effort (RPE): 0 nothing at all, 5 hard, 10 the hardest you could do.</source>
        <translation>Anstrengung (RPE): 0 überhaupt keine, 5 hart, 10 das Härteste, was du schaffen könntest.</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>Training abgeschlossen.</translation>
    </message>
    <message>
        <source>Session ended early.</source>
        <translation>Training vorzeitig beendet.</translation>
    </message>
    <message>
        <source>{count} sets done</source>
        <translation>{count} Sätze erledigt</translation>
    </message>
    <message>
        <source>{count} partial</source>
        <translation>{count} teilweise</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} übersprungen</translation>
    </message>
    <message>
        <source>{head} {parts} in {minutes} min. Every set is already saved.</source>
        <translation>{head} {parts} in {minutes} Min. Jeder Satz ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>Pain during the session (0-10)</source>
        <translation>Schmerz während des Trainings (0-10)</translation>
    </message>
    <message>
        <source>Foot fatigue (0-10)</source>
        <translation>Ermüdung der Füße (0-10)</translation>
    </message>
    <message>
        <source>0 fresh, 10 could not do another rep.</source>
        <translation>0 frisch, 10 keine weitere Wiederholung mehr möglich.</translation>
    </message>
    <message>
        <source>Effort, RPE (0-10)</source>
        <translation>Anstrengung, RPE (0-10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything worth remembering (optional)</source>
        <translation>Alles, was du dir merken willst (optional)</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Above 5/10 is more than the pain-monitoring model allows: do less next time, and seek advice if it stays sharp or persistent.</source>
        <translation>Über 5/10 ist mehr, als das Schmerz-Monitoring-Modell erlaubt: mach beim nächsten Mal weniger und hol dir ärztlichen Rat, wenn der Schmerz stechend bleibt oder anhält.</translation>
    </message>
</context>
<context>
    <name>ChooseDialog</name>
    <message>
        <source>Choose a different session or stage</source>
        <translation>Eine andere Einheit oder Stufe wählen</translation>
    </message>
    <message>
        <source>A different session &amp;today</source>
        <translation>Eine andere Einheit &amp;heute</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Stage {stage} · {session}</source>
        <translation>Stufe {stage} · {session}</translation>
    </message>
    <message>
        <source>Do this session today</source>
        <translation>Diese Einheit heute machen</translation>
    </message>
    <message>
        <source>Or move to another &amp;stage</source>
        <translation>Oder zu einer anderen &amp;Stufe wechseln</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Stage {stage}: {name}</source>
        <translation>Stufe {stage}: {name}</translation>
    </message>
    <message>
        <source>Switch stage</source>
        <translation>Stufe wechseln</translation>
    </message>
    <message>
        <source>Your &amp;reason (kept in your diary)</source>
        <translation>Deine &amp;Begründung (bleibt in deinem Tagebuch)</translation>
    </message>
    <message>
        <source>Your reason</source>
        <translation>Deine Begründung</translation>
    </message>
    <message>
        <source>e.g. short on time, physiotherapist&apos;s advice, travelling</source>
        <translation>z. B. wenig Zeit, Rat der Physiotherapie, auf Reisen</translation>
    </message>
    <message>
        <source>Give a reason to confirm your choice.</source>
        <translation>Gib eine Begründung an, um deine Wahl zu bestätigen.</translation>
    </message>
</context>
<context>
    <name>ClipPlayer</name>
    <message>
        <source>clip</source>
        <extracomment>What a file is, as the messages name it (English keys; translated when shown).</extracomment>
        <translation>Clip</translation>
    </message>
    <message>
        <source>demo clip</source>
        <translation>Demo-Clip</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>No {label} for this exercise.</source>
        <translation>{label}: für diese Übung nicht vorhanden.</translation>
    </message>
    <message>
        <source>The {label} is missing: {file} was not found.</source>
        <translation>{label} fehlt: {file} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The {label} {file} is not a file.</source>
        <translation>{label} {file} ist keine Datei.</translation>
    </message>
    <message>
        <source>The {label} {file} cannot be read ({error}).</source>
        <translation>{label} {file} kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>The {label} {file} is empty (0 bytes).</source>
        <translation>{label} {file} ist leer (0 Bytes).</translation>
    </message>
    <message>
        <source>Cue track not shown: {error}</source>
        <translation>Hinweisspur nicht angezeigt: {error}</translation>
    </message>
    <message>
        <source>The {label} {file} stops at {stop} s of {length} s: the file looks cut short.</source>
        <translation>{label} {file} endet bei {stop} s von {length} s: Die Datei scheint abgeschnitten.</translation>
    </message>
    <message>
        <source>it is not a video Qt can decode</source>
        <translation>es ist kein Video, das Qt dekodieren kann</translation>
    </message>
    <message>
        <source>the file is damaged or cannot be read</source>
        <translation>die Datei ist beschädigt oder nicht lesbar</translation>
    </message>
    <message>
        <source>the media backend failed</source>
        <translation>das Medien-Backend ist ausgefallen</translation>
    </message>
    <message>
        <source>The {label} {file} has no picture in it (no video track).</source>
        <translation>{label} {file} enthält kein Bild (keine Videospur).</translation>
    </message>
    <message>
        <source>The {label} {file} showed no picture within {seconds} s: the file may be damaged.</source>
        <translation>{label} {file} zeigte innerhalb von {seconds} s kein Bild: Die Datei ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>The {label} {file} cannot be played: {why}.</source>
        <translation>{label} {file} kann nicht abgespielt werden: {why}.</translation>
    </message>
    <message>
        <source>Qt gave no answer in time.</source>
        <translation>Qt hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>Not built yet. {what}</source>
        <translation>Noch nicht fertig. {what}</translation>
    </message>
    <message>
        <source>{title} (not built yet)</source>
        <translation>{title} (noch nicht fertig)</translation>
    </message>
</context>
<context>
    <name>CueTrack</name>
    <message>
        <source>{source}, line {line}: {reason}</source>
        <translation>{source}, Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <source>bad timestamp {text} (expected mm:ss.ttt or hh:mm:ss.ttt)</source>
        <translation>ungültiger Zeitstempel {text} (erwartet: mm:ss.ttt oder hh:mm:ss.ttt)</translation>
    </message>
    <message>
        <source>not a WebVTT file (the first line must be WEBVTT)</source>
        <translation>keine WebVTT-Datei (die erste Zeile muss WEBVTT lauten)</translation>
    </message>
    <message>
        <source>a blank line must follow the WEBVTT header</source>
        <translation>auf die WEBVTT-Kopfzeile muss eine Leerzeile folgen</translation>
    </message>
    <message>
        <source>expected a cue timing line &apos;start --&gt; end&apos;, got {line}</source>
        <translation>Zeitzeile „Start --&gt; Ende“ erwartet, gefunden: {line}</translation>
    </message>
    <message>
        <source>the cue has no end time</source>
        <translation>dem Hinweis fehlt die Endzeit</translation>
    </message>
    <message>
        <source>the cue ends ({end}) before it starts ({start})</source>
        <translation>der Hinweis endet ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <source>a cue timing line inside cue text (missing blank line?)</source>
        <translation>eine Zeitzeile im Hinweistext (fehlt eine Leerzeile?)</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is too large ({size} bytes) for a cue track</source>
        <translation>die Datei ist zu groß ({size} Bytes) für eine Hinweisspur</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>kein UTF-8-Text (Byte {byte})</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>Could not undo “{action}”: the entry changed since.</source>
        <translation>„{action}“ ließ sich nicht rückgängig machen: Der Eintrag wurde inzwischen geändert.</translation>
    </message>
    <message>
        <source>Could not redo “{action}”: the entry changed since.</source>
        <translation>„{action}“ ließ sich nicht wiederholen: Der Eintrag wurde inzwischen geändert.</translation>
    </message>
    <message>
        <source>Undone: {action}.</source>
        <translation>Rückgängig gemacht: {action}.</translation>
    </message>
    <message>
        <source>Redone: {action}.</source>
        <translation>Wiederholt: {action}.</translation>
    </message>
    <message>
        <source>Anything worth remembering</source>
        <translation>Alles, was du dir merken willst</translation>
    </message>
    <message>
        <source>First steps out of bed</source>
        <translation>Erste Schritte nach dem Aufstehen</translation>
    </message>
    <message>
        <source>The morning after exercise</source>
        <translation>Am Morgen nach dem Training</translation>
    </message>
    <message>
        <source>Up to 5 is acceptable</source>
        <translation>Bis 5 ist vertretbar</translation>
    </message>
    <message>
        <source>Up to 5, gone by next morning</source>
        <translation>Bis 5, am nächsten Morgen abgeklungen</translation>
    </message>
    <message>
        <source>0 none, 10 worst</source>
        <translation>0 keine, 10 am stärksten</translation>
    </message>
    <message>
        <source>0 fresh, 10 exhausted</source>
        <translation>0 frisch, 10 erschöpft</translation>
    </message>
    <message>
        <source>First-step pain</source>
        <translation>Anlaufschmerz</translation>
    </message>
    <message>
        <source>Next-morning pain</source>
        <translation>Schmerz am Folgemorgen</translation>
    </message>
    <message>
        <source>Pain during exercise</source>
        <translation>Schmerz beim Training</translation>
    </message>
    <message>
        <source>Pain after exercise</source>
        <translation>Schmerz nach dem Training</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifigkeit</translation>
    </message>
    <message>
        <source>Foot fatigue</source>
        <translation>Fußermüdung</translation>
    </message>
    <message>
        <source>Stand on one leg, arms free, other foot off the floor. Stop when the lifted foot touches down or the stance foot moves; 45 s cap, best of 3 trials per side (Springer 2007).</source>
        <translation>Auf einem Bein stehen, Arme frei, der andere Fuß in der Luft. Stopp, wenn der angehobene Fuß aufsetzt oder sich der Standfuß bewegt; höchstens 45 s, bester von 3 Versuchen je Seite (Springer 2007).</translation>
    </message>
    <message>
        <source>As eyes open, with eyes closed: stop also when the eyes open. 45 s cap, best of 3 trials per side (Springer 2007).</source>
        <translation>Wie mit offenen Augen, aber mit geschlossenen: Stopp auch, wenn sich die Augen öffnen. Höchstens 45 s, bester von 3 Versuchen je Seite (Springer 2007).</translation>
    </message>
    <message>
        <source>Lunge with the knee touching the wall and the heel down; record the longest toe-to-wall distance. Healthy adults 12 ± 2.8 cm (Hoch &amp; McKeon 2011).</source>
        <translation>Ausfallschritt, das Knie berührt die Wand, die Ferse bleibt unten; den größten Abstand vom Zeh zur Wand notieren. Gesunde Erwachsene 12 ± 2,8 cm (Hoch &amp; McKeon 2011).</translation>
    </message>
    <message>
        <source>Single-leg heel rises to fatigue at 60 bpm (30 a minute), full height each time. Median: men 24, women 21 (Hebert-Losier 2017).</source>
        <translation>Einbeiniges Fersenheben bis zur Ermüdung bei 60 bpm (30 pro Minute), jedes Mal in voller Höhe. Median: Männer 24, Frauen 21 (Hébert-Losier 2017).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>first step {score}</source>
        <translation>Anlauf {score}</translation>
    </message>
    <message>
        <source>next morning {score}</source>
        <translation>Folgemorgen {score}</translation>
    </message>
    <message>
        <source>during {score}</source>
        <translation>währenddessen {score}</translation>
    </message>
    <message>
        <source>after {score}</source>
        <translation>danach {score}</translation>
    </message>
    <message>
        <source>stiffness {score}</source>
        <translation>Steifigkeit {score}</translation>
    </message>
    <message>
        <source>fatigue {score}</source>
        <translation>Ermüdung {score}</translation>
    </message>
    <message>
        <source>sleep {hours} h</source>
        <translation>Schlaf {hours} h</translation>
    </message>
    <message>
        <source>no scores</source>
        <translation>keine Werte</translation>
    </message>
    <message>
        <source>trial {n}</source>
        <translation>Versuch {n}</translation>
    </message>
    <message>
        <source>pain {score}</source>
        <translation>Schmerz {score}</translation>
    </message>
    <message>
        <source>{distance} {type} run</source>
        <translation>{distance} Lauf ({type})</translation>
    </message>
    <message>
        <source>{duration}, pace {pace}</source>
        <translation>{duration}, Pace {pace}</translation>
    </message>
    <message>
        <source>Surface: {surface}</source>
        <translation>Untergrund: {surface}</translation>
    </message>
    <message>
        <source>Shoe: {shoe}</source>
        <translation>Schuh: {shoe}</translation>
    </message>
    <message>
        <source>Pain after: {score}/10</source>
        <translation>Schmerz danach: {score}/10</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>If plantar discomfort persists, look at midfoot support, heel counter rigidity and sole stiffness: a slightly higher drop or a firmer outsole may complement the strengthening work.</source>
        <translation>Wenn Beschwerden an der Fußsohle bleiben, prüfe Mittelfußstütze, Steifigkeit der Fersenkappe und Sohlensteifigkeit: Eine etwas höhere Sprengung oder eine festere Außensohle kann das Krafttraining ergänzen.</translation>
    </message>
    <message>
        <source>{n} check-ins</source>
        <translation>{n} Check-ins</translation>
    </message>
    <message>
        <source>{n} test results</source>
        <translation>{n} Testergebnisse</translation>
    </message>
    <message>
        <source>{n} runs</source>
        <translation>{n} Läufe</translation>
    </message>
    <message>
        <source>{n} shoes</source>
        <translation>{n} Schuhe</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Einheiten</translation>
    </message>
    <message>
        <source>{n} logged sets</source>
        <translation>{n} erfasste Sätze</translation>
    </message>
    <message>
        <source>{n} stage changes</source>
        <translation>{n} Stufenwechsel</translation>
    </message>
    <message>
        <source>{n} profile</source>
        <translation>{n} Profil</translation>
    </message>
</context>
<context>
    <name>DiaryActions</name>
    <message>
        <source>Add {entry}</source>
        <translation>{entry} hinzufügen</translation>
    </message>
    <message>
        <source>Saved the {entry}.</source>
        <translation>{entry} gespeichert.</translation>
    </message>
    <message>
        <source>This {entry} no longer exists</source>
        <translation>Dieser Eintrag ({entry}) existiert nicht mehr</translation>
    </message>
    <message>
        <source>Edit {entry}</source>
        <translation>{entry} bearbeiten</translation>
    </message>
    <message>
        <source>Saved the changes to the {entry}.</source>
        <translation>Änderungen gespeichert ({entry}).</translation>
    </message>
    <message>
        <source>Delete {entry}</source>
        <translation>{entry} löschen</translation>
    </message>
    <message>
        <source>1 run no longer names it.</source>
        <translation>1 Lauf nennt ihn nicht mehr.</translation>
    </message>
    <message>
        <source>{n} runs no longer name it.</source>
        <translation>{n} Läufe nennen ihn nicht mehr.</translation>
    </message>
    <message>
        <source>Deleted the {entry}.</source>
        <translation>{entry} gelöscht.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>DiaryFormats</name>
    <message>
        <source>{file}, row {row}, {field}: {message}</source>
        <translation>{file}, Zeile {row}, {field}: {message}</translation>
    </message>
    <message>
        <source>{file}, row {row}: {message}</source>
        <translation>{file}, Zeile {row}: {message}</translation>
    </message>
    <message>
        <source>{file}, {field}: {message}</source>
        <translation>{file}, {field}: {message}</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>... and {n} more problems</source>
        <translation>… und {n} weitere Probleme</translation>
    </message>
    <message>
        <source>The file is too large (over {mb} MB)</source>
        <translation>Die Datei ist zu groß (über {mb} MB)</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {byte})</source>
        <translation>Die Datei ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>The file holds binary data, not text</source>
        <translation>Die Datei enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>Not a CSV file: {reason}</source>
        <translation>Keine CSV-Datei: {reason}</translation>
    </message>
    <message>
        <source>Unknown column(s): {unknown}; expected {columns}</source>
        <translation>Unbekannte Spalte(n): {unknown}; erwartet: {columns}</translation>
    </message>
    <message>
        <source>Column(s) listed twice: {columns}</source>
        <translation>Doppelt aufgeführte Spalte(n): {columns}</translation>
    </message>
    <message>
        <source>Missing column(s): {columns}</source>
        <translation>Fehlende Spalte(n): {columns}</translation>
    </message>
    <message>
        <source>Has {values} values but the header has {columns} columns</source>
        <translation>Hat {values} Werte, die Kopfzeile aber {columns} Spalten</translation>
    </message>
    <message>
        <source>Too many rows</source>
        <translation>Zu viele Zeilen</translation>
    </message>
    <message>
        <source>Broken CSV: {reason}</source>
        <translation>Fehlerhaftes CSV: {reason}</translation>
    </message>
    <message>
        <source>Not valid JSON: {reason}</source>
        <translation>Kein gültiges JSON: {reason}</translation>
    </message>
    <message>
        <source>This is not a footgui backup file</source>
        <translation>Das ist keine footgui-Sicherung</translation>
    </message>
    <message>
        <source>Backup format version {version} is not one this footgui reads</source>
        <translation>Die Version {version} des Sicherungsformats kann dieses footgui nicht lesen</translation>
    </message>
    <message>
        <source>The backup has no readable tables</source>
        <translation>Die Sicherung enthält keine lesbaren Tabellen</translation>
    </message>
    <message>
        <source>Id {id} is also on row {row}</source>
        <translation>Id {id} steht auch in Zeile {row}</translation>
    </message>
    <message>
        <source>A second check-in for {day} (row {row})</source>
        <translation>Ein zweiter Check-in für {day} (Zeile {row})</translation>
    </message>
</context>
<context>
    <name>DiaryIO</name>
    <message>
        <source>Cannot read it: {reason}</source>
        <translation>Nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>No diary files here ({names})</source>
        <translation>Hier sind keine Tagebuchdateien ({names})</translation>
    </message>
    <message>
        <source>No such file</source>
        <translation>Diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>Not a footgui diary file (unknown name and columns)</source>
        <translation>Keine footgui-Tagebuchdatei (unbekannter Name und unbekannte Spalten)</translation>
    </message>
    <message>
        <source>Your diary already holds id(s) {ids}: import into an empty diary, or empty the id column to add these rows as new entries</source>
        <translation>Dein Tagebuch enthält schon die Id(s) {ids}: Importiere in ein leeres Tagebuch oder leere die Spalte id, um diese Zeilen als neue Einträge hinzuzufügen</translation>
    </message>
    <message>
        <source>Your diary already has check-ins for {days}</source>
        <translation>Dein Tagebuch hat schon Check-ins für {days}</translation>
    </message>
    <message>
        <source>No shoe with id {ids}</source>
        <translation>Kein Schuh mit der Id {ids}</translation>
    </message>
    <message>
        <source>Refused by the database: {reason}</source>
        <translation>Von der Datenbank abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>Refused by the database</source>
        <translation>Von der Datenbank abgelehnt</translation>
    </message>
    <message>
        <source>must be a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>muss Datum und Uhrzeit sein (JJJJ-MM-TTThh:mm:ss)</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>muss ein Datum sein (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss „true“ oder „false“ sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be local time without a time zone</source>
        <translation>muss Ortszeit ohne Zeitzone sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation>ist länger als {n} Zeichen</translation>
    </message>
    <message>
        <source>holds a character that cannot be stored</source>
        <translation>enthält ein Zeichen, das sich nicht speichern lässt</translation>
    </message>
    <message>
        <source>has a type footgui cannot read ({type})</source>
        <translation>hat einen Typ, den footgui nicht lesen kann ({type})</translation>
    </message>
    <message>
        <source>must be an object of column values</source>
        <translation>muss ein Objekt mit Spaltenwerten sein</translation>
    </message>
    <message>
        <source>unknown column(s) {columns}</source>
        <translation>unbekannte Spalte(n) {columns}</translation>
    </message>
    <message>
        <source>missing column(s) {columns}</source>
        <translation>fehlende Spalte(n) {columns}</translation>
    </message>
    <message>
        <source>{column} {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>Unknown table(s): {tables}</source>
        <translation>Unbekannte Tabelle(n): {tables}</translation>
    </message>
    <message>
        <source>Your database already holds entries; a backup restores into an empty database. Choose to replace everything to restore it over them.</source>
        <translation>Deine Datenbank enthält schon Einträge; eine Sicherung wird in eine leere Datenbank zurückgespielt. Wähle „Alles ersetzen“, um sie darüber zurückzuspielen.</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>How your feet feel, your tests, runs and shoes.</source>
        <translation>Wie sich deine Füße anfühlen, deine Tests, Läufe und Schuhe.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Export the diary</source>
        <translation>Das Tagebuch exportieren</translation>
    </message>
    <message>
        <source>Export the diary as CSV files or a backup (Ctrl+E)</source>
        <translation>Das Tagebuch als CSV-Dateien oder Sicherung exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Import into the diary</source>
        <translation>In das Tagebuch importieren</translation>
    </message>
    <message>
        <source>Import a backup or CSV files (Ctrl+I)</source>
        <translation>Eine Sicherung oder CSV-Dateien importieren (Strg+I)</translation>
    </message>
    <message>
        <source>Diary entry forms</source>
        <translation>Eingabeformulare des Tagebuchs</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not delete: {reason}</source>
        <translation>Löschen nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Undo: {action} (Ctrl+Z)</source>
        <translation>Rückgängig: {action} (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo: {action} (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: {action} (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
</context>
<context>
    <name>DiaryRules</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>First-step pain</source>
        <translation>Anlaufschmerz</translation>
    </message>
    <message>
        <source>Next-morning pain</source>
        <translation>Schmerz am Folgemorgen</translation>
    </message>
    <message>
        <source>Pain during exercise</source>
        <translation>Schmerz beim Training</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz danach</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifigkeit</translation>
    </message>
    <message>
        <source>Foot fatigue</source>
        <translation>Fußermüdung</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Untergrund</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Sprengung</translation>
    </message>
    <message>
        <source>Stack height</source>
        <translation>Sohlenhöhe</translation>
    </message>
    <message>
        <source>Outsole firmness</source>
        <translation>Festigkeit der Außensohle</translation>
    </message>
    <message>
        <source>Heel counter</source>
        <translation>Fersenkappe</translation>
    </message>
    <message>
        <source>Midfoot support</source>
        <translation>Mittelfußstütze</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>{label} must be a number, like {example}</source>
        <translation>{label} muss eine Zahl sein, z. B. {example}</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label} muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>{label} cannot be negative</source>
        <translation>{label} darf nicht negativ sein</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>{label} must be {what} {span}</source>
        <translation>{label} muss {what} {span} sein</translation>
    </message>
    <message>
        <source>{label} is needed: pick one of {choices}</source>
        <translation>{label} fehlt: wähle eins von {choices}</translation>
    </message>
    <message>
        <source>{label} must be one of {choices}</source>
        <translation>{label} muss eins von {choices} sein</translation>
    </message>
    <message>
        <source>{label} must be a date written as YYYY-MM-DD</source>
        <translation>{label} muss ein Datum im Format JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>{label} is in the future: pick today or an earlier day</source>
        <translation>{label} liegt in der Zukunft: wähle heute oder einen früheren Tag</translation>
    </message>
    <message>
        <source>{label} is too far in the past</source>
        <translation>{label} liegt zu weit in der Vergangenheit</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} muss Text sein</translation>
    </message>
    <message>
        <source>{label} is too long: at most {limit} characters</source>
        <translation>{label} ist zu lang: höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>{label} holds a character that cannot be stored</source>
        <translation>{label} enthält ein Zeichen, das sich nicht speichern lässt</translation>
    </message>
    <message>
        <source>{label} must be true or false</source>
        <translation>{label} muss „true“ oder „false“ sein</translation>
    </message>
    <message>
        <source>{label} is needed</source>
        <translation>{label} fehlt</translation>
    </message>
    <message>
        <source>more than {low:g} and at most {high:g} {unit}</source>
        <translation>über {low:g} und höchstens {high:g} {unit}</translation>
    </message>
    <message>
        <source>more than {low:g} and at most {high:g}</source>
        <translation>über {low:g} und höchstens {high:g}</translation>
    </message>
    <message>
        <source>from {low:g} to {high:g} {unit}</source>
        <translation>von {low:g} bis {high:g} {unit}</translation>
    </message>
    <message>
        <source>from {low:g} to {high:g}</source>
        <translation>von {low:g} bis {high:g}</translation>
    </message>
    <message>
        <source>Fill in at least one score or a note</source>
        <translation>Trag mindestens einen Wert oder eine Notiz ein</translation>
    </message>
    <message>
        <source>Time taken must be written as YYYY-MM-DDTHH:MM:SS</source>
        <translation>Der Zeitpunkt muss als JJJJ-MM-TTThh:mm:ss geschrieben sein</translation>
    </message>
    <message>
        <source>Time taken must be local time without a time zone</source>
        <translation>Der Zeitpunkt muss Ortszeit ohne Zeitzone sein</translation>
    </message>
    <message>
        <source>Time taken must fall on the entry&apos;s date</source>
        <translation>Der Zeitpunkt muss auf das Datum des Eintrags fallen</translation>
    </message>
    <message>
        <source>Duration is too short for that distance: check both</source>
        <translation>Die Dauer ist für diese Strecke zu kurz: prüf beides</translation>
    </message>
    <message>
        <source>{label} must be a number of seconds</source>
        <translation>{label} muss eine Zahl in Sekunden sein</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>Eine Dauer kann nicht negativ sein</translation>
    </message>
    <message>
        <source>A duration must be more than zero (leave it empty if unknown)</source>
        <translation>Eine Dauer muss größer als null sein (lass das Feld leer, wenn du sie nicht weißt)</translation>
    </message>
    <message>
        <source>Duration is longer than 72 hours: check it</source>
        <translation>Die Dauer ist länger als 72 Stunden: prüf sie</translation>
    </message>
    <message>
        <source>No run in the previous {days} days to compare with.</source>
        <translation>Kein Lauf in den letzten {days} Tagen zum Vergleich.</translation>
    </message>
    <message>
        <source>Longest run in the previous {days} days: {longest}.</source>
        <translation>Längster Lauf der letzten {days} Tage: {longest}.</translation>
    </message>
    <message>
        <source>This run is {pct}% longer than your longest run in the previous {days} days ({longest}).</source>
        <translation>Dieser Lauf ist {pct} % länger als dein längster Lauf der letzten {days} Tage ({longest}).</translation>
    </message>
    <message>
        <source>Frandsen 2025 linked runs more than 10% longer than that with more running injuries (hazard ratio {hazard:g}).</source>
        <translation>Laut Frandsen 2025 gehen Läufe, die mehr als 10 % länger sind, mit mehr Laufverletzungen einher (Hazard Ratio {hazard:g}).</translation>
    </message>
    <message>
        <source>Frandsen 2025 linked runs more than 10% longer than that with more running injuries.</source>
        <translation>Laut Frandsen 2025 gehen Läufe, die mehr als 10 % länger sind, mit mehr Laufverletzungen einher.</translation>
    </message>
    <message>
        <source>Consider a shorter run.</source>
        <translation>Lauf lieber etwas kürzer.</translation>
    </message>
    <message>
        <source>Previous best: {value} on {day} {year}.</source>
        <translation>Bisher bestes Ergebnis: {value} am {day} {year}.</translation>
    </message>
    <message>
        <source>Change {sign}{delta}. No minimal detectable change is known for this test.</source>
        <translation>Änderung {sign}{delta}. Für diesen Test ist keine kleinste nachweisbare Änderung bekannt.</translation>
    </message>
    <message>
        <source>Change {sign}{delta}: more than the {mdc} minimal detectable change ({source}), so a real improvement.</source>
        <translation>Änderung {sign}{delta}: mehr als die kleinste nachweisbare Änderung von {mdc} ({source}), also eine echte Verbesserung.</translation>
    </message>
    <message>
        <source>Change {sign}{delta}: more than the {mdc} minimal detectable change ({source}), so a real decline.</source>
        <translation>Änderung {sign}{delta}: mehr als die kleinste nachweisbare Änderung von {mdc} ({source}), also eine echte Verschlechterung.</translation>
    </message>
    <message>
        <source>Change {sign}{delta}: within the {mdc} minimal detectable change ({source}), so not yet a real change.</source>
        <translation>Änderung {sign}{delta}: innerhalb der kleinsten nachweisbaren Änderung von {mdc} ({source}), also noch keine echte Veränderung.</translation>
    </message>
    <message>
        <source>{value:.0f} reps</source>
        <translation>{value:.0f} Wdh.</translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <source>{count} sets</source>
        <translation>{count} Sätze</translation>
    </message>
    <message>
        <source>1 set</source>
        <translation>ein Satz</translation>
    </message>
    <message>
        <source>{sets} of {reps} hops</source>
        <translation>{sets} zu {reps} Sprüngen</translation>
    </message>
    <message>
        <source>{sets} of {reps}</source>
        <translation>{sets} zu {reps}</translation>
    </message>
    <message>
        <source>{what}, hold {time}</source>
        <translation>{what}, {time} halten</translation>
    </message>
    <message>
        <source>{what}, {up:g}-{hold:g}-{down:g} tempo</source>
        <translation>{what}, Tempo {up:g}-{hold:g}-{down:g}</translation>
    </message>
    <message>
        <source>{sets}, hold {time}</source>
        <translation>{sets}, {time} halten</translation>
    </message>
    <message>
        <source>{sets} of {time}</source>
        <translation>{sets} zu {time}</translation>
    </message>
    <message>
        <source>{what}, each side</source>
        <translation>{what}, je Seite</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>eine Minute</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>eine Sekunde</translation>
    </message>
    <message>
        <source>{count:g} seconds</source>
        <translation>{count:g} Sekunden</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit {entry}</source>
        <translation>{entry} bearbeiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>New {entry}</source>
        <translation>Neu: {entry}</translation>
    </message>
    <message>
        <source>Save {entry}</source>
        <translation>{entry} speichern</translation>
    </message>
    <message>
        <source>Editing a saved {entry}: saving changes it.</source>
        <translation>Gespeicherter Eintrag ({entry}) in Bearbeitung: Speichern ändert ihn.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Nichts gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved the {entry}.</source>
        <translation>{entry} gespeichert.</translation>
    </message>
    <message>
        <source>Saved the changes to the {entry}.</source>
        <translation>Änderungen gespeichert ({entry}).</translation>
    </message>
    <message>
        <source>Nothing was saved: fix the marked field.</source>
        <translation>Nichts gespeichert: Korrigiere das markierte Feld.</translation>
    </message>
    <message>
        <source>Nothing was saved: fix the {count} marked fields.</source>
        <translation>Nichts gespeichert: Korrigiere die {count} markierten Felder.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report for your physio</source>
        <translation>Bericht für die Physiotherapie exportieren</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Last &amp;4 weeks</source>
        <translation>Letzte &amp;4 Wochen</translation>
    </message>
    <message>
        <source>Last &amp;12 weeks</source>
        <translation>Letzte &amp;12 Wochen</translation>
    </message>
    <message>
        <source>Last &amp;year</source>
        <translation>Letztes &amp;Jahr</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>Die PDF-Datei wählen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Speichern unter</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Bericht wird geschrieben</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>PDF &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The report holds your profile, stage, adherence, latest tests against reference values, the key charts and your pain history for these days.</source>
        <translation>Der Bericht enthält dein Profil, deine Stufe, die Trainingstreue, die neuesten Tests im Vergleich mit Referenzwerten, die wichtigsten Diagramme und deinen Schmerzverlauf für diese Tage.</translation>
    </message>
    <message>
        <source>The diary is empty: there is nothing to report yet.</source>
        <translation>Das Tagebuch ist leer: Es gibt noch nichts zu berichten.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Wähle, wo die PDF gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>The report could not be written; see the log.</source>
        <translation>Der Bericht konnte nicht geschrieben werden; siehe Protokoll.</translation>
    </message>
    <message>
        <source>Saved {pages} pages to {path}.</source>
        <translation>{pages} Seiten in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Bericht gespeichert: {path}</translation>
    </message>
    <message>
        <source>Still writing the report; close when it is done.</source>
        <translation>Der Bericht wird noch geschrieben; schließe erst, wenn er fertig ist.</translation>
    </message>
</context>
<context>
    <name>Gates</name>
    <message>
        <source>left</source>
        <extracomment>A foot named in a sentence (&quot;only the left foot measured&quot;).</extracomment>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>{value} s</source>
        <extracomment>An amount in a gate&apos;s unit (&quot;30 s&quot;, &quot;6 in a row&quot;), by the unit&apos;s key.</extracomment>
        <translation>{value} s</translation>
    </message>
    <message>
        <source>{value} cm</source>
        <translation>{value} cm</translation>
    </message>
    <message>
        <source>{value} reps</source>
        <translation>{value} Wdh.</translation>
    </message>
    <message>
        <source>{value} sessions</source>
        <translation>{value} Einheiten</translation>
    </message>
    <message>
        <source>{value} weeks</source>
        <translation>{value} Wochen</translation>
    </message>
    <message>
        <source>{value} in a row</source>
        <translation>{value} in Folge</translation>
    </message>
    <message>
        <source>{value} hops</source>
        <translation>{value} Hüpfer</translation>
    </message>
    <message>
        <source>{count} strength or skill sessions done in stage {stage}</source>
        <translation>{count} Kraft- oder Technikeinheiten in Stufe {stage} absolviert</translation>
    </message>
    <message>
        <source>{count} strength or skill sessions done in stage {stage} since {day}</source>
        <translation>{count} Kraft- oder Technikeinheiten in Stufe {stage} absolviert seit {day}</translation>
    </message>
    <message>
        <source>start date of the stage unknown</source>
        <translation>Beginn der Stufe unbekannt</translation>
    </message>
    <message>
        <source>I do not know when stage {stage} began.</source>
        <translation>Ich weiß nicht, wann Stufe {stage} begonnen hat.</translation>
    </message>
    <message>
        <source>{weeks:.1f} weeks since {day}</source>
        <translation>{weeks:.1f} Wochen seit {day}</translation>
    </message>
    <message>
        <source>footgui cannot measure this yet</source>
        <translation>footgui kann das noch nicht messen</translation>
    </message>
    <message>
        <source>No {test} test on record: take the test.</source>
        <translation>Noch kein Ergebnis für „{test}“: Mach den Test.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>only the {side} foot measured ({value}, {day}); measure the {other} foot too</source>
        <translation>nur {side} gemessen ({value}, {day}); miss auch {other}</translation>
    </message>
    <message>
        <source>{test}: only the {side} foot is measured, so the weaker side is unknown.</source>
        <translation>{test}: Nur {side} ist gemessen, daher ist die schwächere Seite unbekannt.</translation>
    </message>
    <message>
        <source>weaker side {side} {value} ({other} {other_value}), {day}</source>
        <translation>schwächere Seite {side} {value} ({other} {other_value}), {day}</translation>
    </message>
    <message>
        <source>{test} was last measured {days} days ago: retest (every {every} days suggested).</source>
        <translation>{test} wurde zuletzt vor {days} Tagen gemessen: Teste neu (alle {every} Tage empfohlen).</translation>
    </message>
    <message>
        <source>No age in your profile: balance results are shown without the Springer 2007 norm for your age.</source>
        <translation>Kein Alter in deinem Profil: Gleichgewichtswerte erscheinen ohne die Norm für dein Alter (Springer 2007).</translation>
    </message>
    <message>
        <source>{low:g} s</source>
        <translation>{low:g} s</translation>
    </message>
    <message>
        <source>{low:g}-{high:g} s</source>
        <translation>{low:g}–{high:g} s</translation>
    </message>
    <message>
        <source>{result}; norm for your age {norm} (Springer 2007, provisional)</source>
        <translation>{result}; Norm für dein Alter {norm} (Springer 2007, vorläufig)</translation>
    </message>
    <message>
        <source>{count} sessions or runs in a row within the pain rules</source>
        <translation>{count} Einheiten oder Läufe in Folge innerhalb der Schmerzregeln</translation>
    </message>
    <message>
        <source>(rules broken on {day})</source>
        <translation>(Regeln verletzt am {day})</translation>
    </message>
    <message>
        <source>{count} without pain ratings not counted</source>
        <translation>{count} ohne Schmerzbewertung nicht gezählt</translation>
    </message>
    <message>
        <source>{count} exercise days in stage {stage} lack pain ratings or a next-morning check-in, so they cannot count toward the pain rules.</source>
        <translation>{count} Trainingstagen in Stufe {stage} fehlt eine Schmerzbewertung oder ein Check-in am Folgemorgen, daher zählen sie nicht für die Schmerzregeln.</translation>
    </message>
    <message>
        <source>best {count} hops in one session with pain at {pain}/10 or less</source>
        <translation>Bestwert {count} Hüpfer in einer Einheit bei Schmerz bis {pain}/10</translation>
    </message>
    <message>
        <source>best {count} hops in one session with pain at {pain}/10 or less ({day})</source>
        <translation>Bestwert {count} Hüpfer in einer Einheit bei Schmerz bis {pain}/10 ({day})</translation>
    </message>
    <message>
        <source>{count} hop sessions have no pain rating: rate pain after the hops.</source>
        <translation>{count} Einheiten mit Hüpfern haben keine Schmerzbewertung: Bewerte den Schmerz nach den Hüpfern.</translation>
    </message>
    <message>
        <source>eyes-open balance</source>
        <extracomment>False when the stage began inside the window: new moves are a new stimulus, so a stall is judged only over a whole window spent in one stage.</extracomment>
        <translation>Gleichgewicht, Augen offen</translation>
    </message>
    <message>
        <source>eyes-closed balance</source>
        <translation>Gleichgewicht, Augen geschlossen</translation>
    </message>
    <message>
        <source>knee-to-wall</source>
        <translation>Knie zur Wand</translation>
    </message>
    <message>
        <source>heel rises</source>
        <translation>Fersenheben</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation>Einträge dieser Art zeigen</translation>
    </message>
    <message>
        <source>Show entries from period</source>
        <translation>Einträge aus diesem Zeitraum zeigen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Search notes</source>
        <comment>placeholder of a narrow field</comment>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen suchen</translation>
    </message>
    <message>
        <source>Press Enter to search the notes.</source>
        <translation>Drück die Eingabetaste, um die Notizen zu durchsuchen.</translation>
    </message>
    <message>
        <source>Diary history</source>
        <translation>Tagebuchverlauf</translation>
    </message>
    <message>
        <source>Every entry, newest first. Enter or double-click opens an entry; F2 edits a date or note in place; Delete removes the selected entry.</source>
        <translation>Alle Einträge, neueste zuerst. Eingabetaste oder Doppelklick öffnet einen Eintrag; F2 bearbeitet Datum oder Notiz direkt; Entf löscht den gewählten Eintrag.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den gewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den gewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>{n} loaded; more load as you scroll</source>
        <translation>{n} geladen; beim Blättern werden weitere geladen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Unknown language setting “{value}”: showing English.</source>
        <extracomment>Each language&apos;s name in itself, as language pickers show them.</extracomment>
        <translation>Unbekannte Spracheinstellung „{value}“: footgui zeigt Englisch.</translation>
    </message>
    <message>
        <source>The {language} translation (footgui_{code}.qm) is missing or unreadable in {folder}: showing English.</source>
        <translation>Die Übersetzung {language} (footgui_{code}.qm) fehlt in {folder} oder ist nicht lesbar: footgui zeigt Englisch.</translation>
    </message>
    <message>
        <source>The exercise texts could not be translated ({reason}): showing English.</source>
        <translation>Die Übungstexte konnten nicht übersetzt werden ({reason}): Sie werden auf Englisch gezeigt.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>1 set</source>
        <translation>1 Satz</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} Sätze</translation>
    </message>
    <message>
        <source>{n} reps</source>
        <translation>{n} Wdh.</translation>
    </message>
    <message>
        <source>{n} reps at {tempo} tempo (up-hold-down seconds)</source>
        <translation>{n} Wdh. im Tempo {tempo} (Sekunden hoch-halten-runter)</translation>
    </message>
    <message>
        <source>{n} reps, hold {s} s each</source>
        <translation>{n} Wdh., jeweils {s} s halten</translation>
    </message>
    <message>
        <source>hold {s} s</source>
        <translation>{s} s halten</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>; rest {s} s between sets</source>
        <translation>; {s} s Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>footgui&apos;s own dose (no research standard exists)</source>
        <translation>footguis eigene Dosis (es gibt keinen Forschungsstandard)</translation>
    </message>
    <message>
        <source>dose from {source}</source>
        <translation>Dosis nach {source}</translation>
    </message>
    <message>
        <source>each side in turn</source>
        <translation>jede Seite nacheinander</translation>
    </message>
    <message>
        <source>both feet</source>
        <translation>beide Füße</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Untergrund</translation>
    </message>
    <message>
        <source>Form cues</source>
        <translation>Hinweise zur Ausführung</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Easier:</source>
        <translation>Leichter:</translation>
    </message>
    <message>
        <source>Harder:</source>
        <translation>Schwerer:</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Search exercises, cues, purposes…</source>
        <translation>Übungen durchsuchen …</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Shows the exercises whose name, purpose or cues contain every word typed.</source>
        <translation>Zeigt die Übungen, deren Name, Zweck oder Hinweise jedes eingegebene Wort enthalten.</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Nach Stufe filtern</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <source>Filter by equipment</source>
        <translation>Nach Ausrüstung filtern</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>S&amp;tufe</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>E&amp;quipment</source>
        <translation>&amp;Ausrüstung</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>The exercises that match; the chosen one is described beside the list.</source>
        <translation>Die passenden Übungen; die gewählte wird neben der Liste beschrieben.</translation>
    </message>
    <message>
        <source>Exercise detail</source>
        <translation>Übungsbeschreibung</translation>
    </message>
    <message>
        <source>Purpose, dose, cues and cautions; links open easier or harder moves.</source>
        <translation>Zweck, Dosis, Hinweise und Vorsicht; Links öffnen leichtere oder schwerere Übungen.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>{category} · stage {stages}</source>
        <translation>{category} · Stufe {stages}</translation>
    </message>
    <message>
        <source>{shown} of {total} exercises</source>
        <translation>{shown} von {total} Übungen</translation>
    </message>
    <message>
        <source>No exercise matches. Clear the search or set a filter back to &lt;i&gt;Any&lt;/i&gt;.</source>
        <translation>Keine Übung passt. Leere die Suche oder setze einen Filter auf &lt;i&gt;Alle&lt;/i&gt; zurück.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your diary…</source>
        <extracomment>Keys for standard actions where the platform defines none.</extracomment>
        <translation>Dein Tagebuch wird geöffnet …</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Strg+{number})</translation>
    </message>
    <message>
        <source>{page} page</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <source>Shows the {page} page. Shortcut: Ctrl+{number}.</source>
        <translation>Zeigt die Seite {page}. Tastenkürzel: Strg+{number}.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export diary…</source>
        <translation>Tagebuch &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import diary…</source>
        <translation>Tagebuch &amp;importieren …</translation>
    </message>
    <message>
        <source>Export &amp;report for the physio…</source>
        <translation>Be&amp;richt für die Physiotherapie exportieren …</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About footgui</source>
        <translation>Ü&amp;ber footgui</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Number of the attempt</source>
        <translation>Nummer des Versuchs</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>No earlier result for this test and side yet.</source>
        <translation>Noch kein früheres Ergebnis für diesen Test und diese Seite.</translation>
    </message>
    <message>
        <source>Previous best: {value} on {day}.</source>
        <translation>Bisher bestes Ergebnis: {value} am {day}.</translation>
    </message>
</context>
<context>
    <name>Norms</name>
    <message>
        <source>provisional: Springer 2007 values are copies made by others, not yet checked against the paper</source>
        <translation>vorläufig: die Werte aus Springer 2007 sind Abschriften anderer, noch nicht mit der Originalarbeit abgeglichen</translation>
    </message>
    <message>
        <source>footgui&apos;s own rule (no research threshold found)</source>
        <translation>footguis eigene Regel (kein Schwellenwert aus der Forschung gefunden)</translation>
    </message>
    <message>
        <source>No age in your profile: the band spans all ages (18-99). Add your age.</source>
        <translation>Kein Alter im Profil: Der Bereich umfasst alle Altersgruppen (18–99). Trag dein Alter ein.</translation>
    </message>
    <message>
        <source>all ages</source>
        <translation>alle Altersgruppen</translation>
    </message>
    <message>
        <source>The table covers ages 18-99; showing the nearest band ({band}).</source>
        <translation>Die Tabelle deckt 18 bis 99 Jahre ab; gezeigt wird die nächste Altersgruppe ({band}).</translation>
    </message>
    <message>
        <source>age {band}</source>
        <translation>Alter {band}</translation>
    </message>
    <message>
        <source>No sex in your profile: the band spans the women&apos;s and men&apos;s values.</source>
        <translation>Kein Geschlecht im Profil: Der Bereich umfasst die Werte von Frauen und Männern.</translation>
    </message>
    <message>
        <source>women and men</source>
        <translation>Frauen und Männer</translation>
    </message>
    <message>
        <source>women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>Springer 2007, eyes closed, {whom}, {ages}</source>
        <translation>Springer 2007, Augen geschlossen, {whom}, {ages}</translation>
    </message>
    <message>
        <source>Springer 2007, eyes open, {ages}</source>
        <translation>Springer 2007, Augen offen, {ages}</translation>
    </message>
    <message>
        <source>Healthy adults 12 ± 2.8 cm (Hoch &amp; McKeon 2011)</source>
        <translation>Gesunde Erwachsene 12 ± 2,8 cm (Hoch &amp; McKeon 2011)</translation>
    </message>
    <message>
        <source>First test ± 1.9 cm: smaller changes may be noise (Powden 2015)</source>
        <translation>Erster Test ± 1,9 cm: kleinere Änderungen können Messrauschen sein (Powden 2015)</translation>
    </message>
    <message>
        <source>Median men 24 reps, ± 6 retest (Hébert-Losier 2017)</source>
        <translation>Median Männer 24 Wdh., ± 6 Test-Retest (Hébert-Losier 2017)</translation>
    </message>
    <message>
        <source>Median women 21 reps, ± 6 retest (Hébert-Losier 2017)</source>
        <translation>Median Frauen 21 Wdh., ± 6 Test-Retest (Hébert-Losier 2017)</translation>
    </message>
    <message>
        <source>Median women 21 / men 24 reps, ± 6 retest (Hébert-Losier 2017)</source>
        <translation>Median Frauen 21 / Männer 24 Wdh., ± 6 Test-Retest (Hébert-Losier 2017)</translation>
    </message>
    <message>
        <source>No sex in your profile: the band spans the women&apos;s and men&apos;s medians.</source>
        <translation>Kein Geschlecht im Profil: Der Bereich umfasst die Mediane von Frauen und Männern.</translation>
    </message>
    <message>
        <source>footgui&apos;s own rule</source>
        <translation>footguis eigene Regel</translation>
    </message>
    <message>
        <source>&gt; {limit:g} {unit} ({origin})</source>
        <translation>&gt; {limit:g} {unit} ({origin})</translation>
    </message>
    <message>
        <source>0-3 safe</source>
        <translation>0–3 sicher</translation>
    </message>
    <message>
        <source>4-5 acceptable</source>
        <translation>4–5 vertretbar</translation>
    </message>
    <message>
        <source>above 5 too much</source>
        <translation>über 5 zu viel</translation>
    </message>
    <message>
        <source>Pain-monitoring model, Silbernagel 2007 / Thomeé 1997 (Achilles tendinopathy; used here for the plantar fascia as an extrapolation); zones credited to T. Goom</source>
        <translation>Schmerz-Monitoring-Modell, Silbernagel 2007 / Thomeé 1997 (Achillessehnen-Tendinopathie; hier auf die Plantarfaszie übertragen); Zonen nach T. Goom</translation>
    </message>
    <message>
        <source>hazard ratio 1.64 for runs 10-30% longer (Frandsen 2025)</source>
        <translation>Hazard Ratio 1,64 für 10–30 % längere Läufe (Frandsen 2025)</translation>
    </message>
    <message>
        <source>hazard ratio 1.52 for runs 30-100% longer (Frandsen 2025)</source>
        <translation>Hazard Ratio 1,52 für 30–100 % längere Läufe (Frandsen 2025)</translation>
    </message>
    <message>
        <source>hazard ratio 2.28 for runs over 100% longer (Frandsen 2025)</source>
        <translation>Hazard Ratio 2,28 für mehr als 100 % längere Läufe (Frandsen 2025)</translation>
    </message>
</context>
<context>
    <name>OwnClips</name>
    <message>
        <source>{file}: footgui takes {types} files as videos.</source>
        <translation>{file}: footgui nimmt {types}-Dateien als Videos.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} ist leer.</translation>
    </message>
    <message>
        <source>{file} is larger than {gb} GB.</source>
        <translation>{file} ist größer als {gb} GB.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
</context>
<context>
    <name>PainMonitor</name>
    <message>
        <source>first-step pain</source>
        <extracomment>What the diary&apos;s ratings are called in a sentence (&quot;Too few stiffness ratings&quot;).</extracomment>
        <translation>Anlaufschmerz</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>Steifigkeit</translation>
    </message>
    <message>
        <source>run {km:.1f} km</source>
        <extracomment>A run as one exercise of a day (&quot;Foundation strength + run 8.2 km&quot;).</extracomment>
        <translation>Lauf {km:.1f} km</translation>
    </message>
    <message>
        <source>only {count} first-step pain ratings so far</source>
        <translation>bisher erst {count} Werte zum Anlaufschmerz</translation>
    </message>
    <message>
        <source>median of {count} check-ins, {first} - {last}</source>
        <translation>Median aus {count} Check-ins, {first} – {last}</translation>
    </message>
    <message>
        <source>{score}/10</source>
        <translation>{score}/10</translation>
    </message>
</context>
<context>
    <name>PickerView</name>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Finisher</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Session to play:</source>
        <translation>Abzuspielendes Training:</translation>
    </message>
    <message>
        <source>Session template</source>
        <translation>Trainingsvorlage</translation>
    </message>
    <message>
        <source>Stage {number} · {name}</source>
        <translation>Stufe {number} · {name}</translation>
    </message>
    <message>
        <source>Exercises in this session</source>
        <translation>Übungen in diesem Training</translation>
    </message>
    <message>
        <source>Use my own video for this exercise…</source>
        <translation>Eigenes Video für diese Übung verwenden…</translation>
    </message>
    <message>
        <source>Remove my video</source>
        <translation>Mein Video entfernen</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>Single-leg balance test</source>
        <translation>Einbeinstand-Test</translation>
    </message>
    <message>
        <source>{name}: {count} exercises, about {duration}</source>
        <translation>{name}: {count} Übungen, etwa {duration}</translation>
    </message>
    <message>
        <source>Dose problems, fixed for this session: {problems}</source>
        <translation>Dosierungsprobleme, für dieses Training korrigiert: {problems}</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Heel raise</source>
        <extracomment>A template is a run when it holds a running exercise of at least this long in one go. Names the planner gives on its own (the program&apos;s names come translated from the catalog). A ``Msg`` equals its English text, so these also key the week&apos;s counts.</extracomment>
        <translation>Fersenheben</translation>
    </message>
    <message>
        <source>High-load heel raise</source>
        <translation>Fersenheben mit hoher Last</translation>
    </message>
    <message>
        <source>Monday</source>
        <extracomment>Weekday names (Monday = 0) for &quot;planned for Tuesday&quot;.</extracomment>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>the stage&apos;s daily session</source>
        <extracomment>Stage events that put the user in a stage (a &quot;hold&quot; keeps the stage it names).</extracomment>
        <translation>die tägliche Einheit der Stufe</translation>
    </message>
    <message>
        <source>planned for {weekday}</source>
        <translation>für {weekday} geplant</translation>
    </message>
    <message>
        <source>due this week: {done} of {planned} done</source>
        <translation>diese Woche fällig: {done} von {planned} erledigt</translation>
    </message>
    <message>
        <source>nothing else is planned today</source>
        <translation>heute ist nichts weiter geplant</translation>
    </message>
    <message>
        <source>Day {day} of the heel-raise schedule: {phase}</source>
        <translation>Tag {day} des Fersenheben-Plans: {phase}</translation>
    </message>
    <message>
        <source>Day {day}: the schedule steps up to {sets} x {reps}RM today; holding at {held_sets} x {held_reps}RM.</source>
        <translation>Tag {day}: Der Plan steigert heute auf {sets} x {reps}RM; du bleibst bei {held_sets} x {held_reps}RM.</translation>
    </message>
    <message>
        <source>Reduced from {dose}.</source>
        <translation>Verringert von {dose}.</translation>
    </message>
    <message>
        <source>Brought back from stage {stage}.</source>
        <translation>Aus Stufe {stage} zurückgeholt.</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>pain-monitoring model (studied in Achilles tendinopathy; used for the plantar fascia as an extrapolation)</source>
        <translation>Schmerz-Monitoring-Modell (untersucht bei Achillessehnen-Tendinopathie; auf die Plantarfaszie übertragen)</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>deine Wahl</translation>
    </message>
    <message>
        <source>week to week, pain and stiffness must not increase; {model}</source>
        <extracomment>The weekly-trend rule; ``{model}`` is PAIN_RULE.</extracomment>
        <translation>von Woche zu Woche dürfen Schmerz und Steifigkeit nicht zunehmen; {model}</translation>
    </message>
    <message>
        <source>the stage&apos;s weekly plan</source>
        <extracomment>Why today&apos;s session is the one the weekly plan gives.</extracomment>
        <translation>der Wochenplan der Stufe</translation>
    </message>
    <message>
        <source>safe</source>
        <extracomment>The program&apos;s pain zones (&quot;safe&quot;, &quot;acceptable&quot;, &quot;too much&quot;) by their name in program.toml.</extracomment>
        <translation>sicher</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>akzeptabel</translation>
    </message>
    <message>
        <source>too much</source>
        <translation>zu viel</translation>
    </message>
    <message>
        <source>No run logged in the last {days} days: a run spike cannot be checked.</source>
        <extracomment>Test kinds -&gt; exercise categories worth bringing back when that test stalls.</extracomment>
        <translation>Kein Lauf in den letzten {days} Tagen eingetragen: Ein zu großer Sprung in der Laufstrecke lässt sich nicht prüfen.</translation>
    </message>
    <message>
        <source>No profile yet: age and sex are unknown.</source>
        <translation>Noch kein Profil: Alter und Geschlecht sind unbekannt.</translation>
    </message>
    <message>
        <source>I do not know your usual first-step pain yet ({basis}; {needed} needed).</source>
        <translation>Ich kenne deinen üblichen Anlaufschmerz noch nicht ({basis}; {needed} nötig).</translation>
    </message>
    <message>
        <source>Too few {what} ratings to compare this week with last ({this_count} and {last_count}; {needed} a week needed).</source>
        <translation>Zu wenige Werte für {what}, um diese Woche mit der letzten zu vergleichen ({this_count} und {last_count}; {needed} pro Woche nötig).</translation>
    </message>
    <message>
        <source>No check-in the morning after {what} on {day}: I could not tell whether the pain settled.</source>
        <translation>Kein Check-in am Morgen nach {what} am {day}: Ich konnte nicht sehen, ob der Schmerz abgeklungen ist.</translation>
    </message>
    <message>
        <source>You have not started the program yet. Stage {stage}, {name}: {aim}</source>
        <translation>Du hast das Programm noch nicht begonnen. Stufe {stage}, {name}: {aim}</translation>
    </message>
    <message>
        <source>start with the foundation stage</source>
        <translation>mit der Grundlagen-Stufe beginnen</translation>
    </message>
    <message>
        <source>sharp or persistent pain: rest and seek professional advice (seed routine); {severe}/10 or more counts as sharp</source>
        <translation>scharfer oder anhaltender Schmerz: Pause machen und fachlichen Rat einholen (Ausgangsroutine); ab {severe}/10 gilt er als scharf</translation>
    </message>
    <message>
        <source>First-step pain {pain}/10 on {day}: at or above {severe}/10, treat it as sharp pain.</source>
        <translation>Anlaufschmerz {pain}/10 am {day}: Ab {severe}/10 behandle ihn wie scharfen Schmerz.</translation>
    </message>
    <message>
        <source>Pain {pain}/10 with {what} on {day}: at or above {severe}/10, treat it as sharp pain.</source>
        <translation>Schmerz {pain}/10 bei {what} am {day}: Ab {severe}/10 behandle ihn wie scharfen Schmerz.</translation>
    </message>
    <message>
        <source>First-step pain has been above your usual {usual} for {count} mornings in a row ({values}): persistent pain ({persistent} mornings or more).</source>
        <translation>Dein Anlaufschmerz liegt seit {count} Morgen in Folge über deinem üblichen {usual} ({values}): anhaltender Schmerz (ab {persistent} Morgen).</translation>
    </message>
    <message>
        <source>sharp or persistent pain: rest and seek professional advice (seed routine); {persistent} mornings counts as persistent</source>
        <translation>scharfer oder anhaltender Schmerz: Pause machen und fachlichen Rat einholen (Ausgangsroutine); {persistent} Morgen gelten als anhaltend</translation>
    </message>
    <message>
        <source>Rest from training today and have the foot checked by a physiotherapist or doctor before loading it again.</source>
        <translation>Mach heute Trainingspause und lass den Fuß physiotherapeutisch oder ärztlich untersuchen, bevor du ihn wieder belastest.</translation>
    </message>
    <message>
        <source>seed routine: treat sharp or persistent pain with rest</source>
        <translation>Ausgangsroutine: scharfen oder anhaltenden Schmerz mit Pause behandeln</translation>
    </message>
    <message>
        <source>First-step pain above your usual {usual} on the last {count} mornings ({values}): it is not settling by the next morning ({stays_up} mornings in a row counts as staying up).</source>
        <translation>Anlaufschmerz an den letzten {count} Morgen über deinem üblichen {usual} ({values}): Er klingt bis zum nächsten Morgen nicht ab ({stays_up} Morgen in Folge gelten als anhaltend erhöht).</translation>
    </message>
    <message>
        <source>regress when next-morning pain stays up</source>
        <translation>zurückgehen, wenn der Schmerz am Folgemorgen erhöht bleibt</translation>
    </message>
    <message>
        <source>Your {what} averaged {this_week} this week against {last_week} the week before: it is rising (more than {margin:g} point counts as a rise).</source>
        <translation>{what} diese Woche im Schnitt {this_week}, in der Woche davor {last_week}: steigend (mehr als {margin:g} Punkt gilt als Anstieg).</translation>
    </message>
    <message>
        <source>Go back to the foundation moves and lighter volume until the pain settles, then pick up where you left off.</source>
        <translation>Geh zurück zu den Grundübungen mit weniger Umfang, bis der Schmerz abklingt; dann mach dort weiter, wo du aufgehört hast.</translation>
    </message>
    <message>
        <source>regress: return to foundation moves when pain rises (seed routine)</source>
        <translation>zurückgehen: bei steigendem Schmerz zurück zu den Grundübungen (Ausgangsroutine)</translation>
    </message>
    <message>
        <source>Pain during {what} on {day} was {pain}/10: above the {limit}/10 allowed.</source>
        <translation>Schmerz bei {what} am {day}: {pain}/10, mehr als die erlaubten {limit}/10.</translation>
    </message>
    <message>
        <source>pain during exercise at most {limit}/10; {model}</source>
        <translation>Schmerz beim Training höchstens {limit}/10; {model}</translation>
    </message>
    <message>
        <source>Pain after {what} on {day} was {pain}/10: above the {limit}/10 allowed.</source>
        <translation>Schmerz nach {what} am {day}: {pain}/10, mehr als die erlaubten {limit}/10.</translation>
    </message>
    <message>
        <source>pain after exercise at most {limit}/10; {model}</source>
        <translation>Schmerz nach dem Training höchstens {limit}/10; {model}</translation>
    </message>
    <message>
        <source>pain must settle by the next morning; {model}</source>
        <translation>der Schmerz muss bis zum nächsten Morgen abklingen; {model}</translation>
    </message>
    <message>
        <source>Next-morning pain {pain}/10 after {what} on {day}, against your usual {usual}: it had not settled by the next morning (more than {margin} point above usual).</source>
        <translation>Schmerz am Folgemorgen {pain}/10 nach {what} am {day}, gegenüber deinem üblichen {usual}: Er war bis zum nächsten Morgen nicht abgeklungen (mehr als {margin} Punkt über dem Üblichen).</translation>
    </message>
    <message>
        <source>Next-morning pain {pain}/10 after {what} on {day}: above {limit}/10 (your usual morning pain is not known yet).</source>
        <translation>Schmerz am Folgemorgen {pain}/10 nach {what} am {day}: über {limit}/10 (dein üblicher Morgenschmerz ist noch nicht bekannt).</translation>
    </message>
    <message>
        <source>Reduce today&apos;s volume by {pct}%, then build back up once the pain rules hold again.</source>
        <translation>Verringere heute den Umfang um {pct} % und steigere wieder, sobald die Schmerzregeln wieder eingehalten sind.</translation>
    </message>
    <message>
        <source>how much to reduce (regress_volume_factor {factor:g})</source>
        <translation>wie stark verringert wird (Umfangsfaktor {factor:g})</translation>
    </message>
    <message>
        <source>No check-in ever: I cannot check the pain rules, so keep the same dose until you log how your foot feels ({gap} days without a check-in stops progress).</source>
        <translation>Noch nie ein Check-in: Ich kann die Schmerzregeln nicht prüfen, also bleib bei derselben Dosis, bis du einträgst, wie sich dein Fuß anfühlt ({gap} Tage ohne Check-in stoppen den Fortschritt).</translation>
    </message>
    <message>
        <source>No check-in since {day}: I cannot check the pain rules, so keep the same dose until you log how your foot feels ({gap} days without a check-in stops progress).</source>
        <translation>Kein Check-in seit {day}: Ich kann die Schmerzregeln nicht prüfen, also bleib bei derselben Dosis, bis du einträgst, wie sich dein Fuß anfühlt ({gap} Tage ohne Check-in stoppen den Fortschritt).</translation>
    </message>
    <message>
        <source>no progression without pain data</source>
        <translation>kein Fortschritt ohne Schmerzdaten</translation>
    </message>
    <message>
        <source>Your {what} averaged {this_week} this week against {last_week} the week before: a rise, though still in the {low}-{high} &apos;{zone}&apos; zone. Keep the same dose until it settles.</source>
        <translation>{what} diese Woche im Schnitt {this_week}, in der Woche davor {last_week}: ein Anstieg, aber noch im Bereich {low}–{high} („{zone}“). Bleib bei derselben Dosis, bis es sich beruhigt.</translation>
    </message>
    <message>
        <source>Pain {pain}/10 with {what} on {day}: in the {low}-{high} &apos;{zone}&apos; zone. Repeat the same dose; do not increase it yet.</source>
        <translation>Schmerz {pain}/10 bei {what} am {day}: im Bereich {low}–{high} („{zone}“). Wiederhole dieselbe Dosis; steigere sie noch nicht.</translation>
    </message>
    <message>
        <source>pain zones 0-{safe_high} {safe}, {low}-{high} {zone}; settled: repeat or slightly increase</source>
        <translation>Schmerzbereiche 0–{safe_high} {safe}, {low}–{high} {zone}; abgeklungen: wiederholen oder leicht steigern</translation>
    </message>
    <message>
        <source>Every stage {stage} target is met, but on {day} you chose to stay in stage {stage}: {why}. I will ask again on {again}.</source>
        <translation>Alle Ziele von Stufe {stage} sind erreicht, aber am {day} hast du entschieden, in Stufe {stage} zu bleiben: {why}. Ich frage am {again} wieder.</translation>
    </message>
    <message>
        <source>Every stage {stage} target is met, but on {day} you chose to stay in stage {stage}. I will ask again on {again}.</source>
        <translation>Alle Ziele von Stufe {stage} sind erreicht, aber am {day} hast du entschieden, in Stufe {stage} zu bleiben. Ich frage am {again} wieder.</translation>
    </message>
    <message>
        <source>your decision is respected</source>
        <translation>deine Entscheidung gilt</translation>
    </message>
    <message>
        <source>Every stage {stage} target is met ({met}).</source>
        <translation>Alle Ziele von Stufe {stage} sind erreicht ({met}).</translation>
    </message>
    <message>
        <source>advance only when the pain rules held and the stage&apos;s test targets are met</source>
        <translation>erst aufsteigen, wenn die Schmerzregeln eingehalten und die Testziele der Stufe erreicht sind</translation>
    </message>
    <message>
        <source>Stage {stage}, {name}: {aim}</source>
        <translation>Stufe {stage}, {name}: {aim}</translation>
    </message>
    <message>
        <source>the routine&apos;s next stage</source>
        <translation>die nächste Stufe der Routine</translation>
    </message>
    <message>
        <source>{test} {baseline:g} -&gt; best {best:g} (needs more than {threshold:g}, {source})</source>
        <translation>{test} {baseline:g} → bester Wert {best:g} (nötig: mehr als {threshold:g}, {source})</translation>
    </message>
    <message>
        <source>No test improved beyond its change threshold in {weeks} weeks: {tests}.</source>
        <translation>In {weeks} Wochen hat sich kein Test über seine Änderungsschwelle hinaus verbessert: {tests}.</translation>
    </message>
    <message>
        <source>stall: no real change in balance, knee-to-wall or heel rises for {weeks} weeks</source>
        <translation>Stillstand: {weeks} Wochen keine echte Veränderung bei Gleichgewicht, Knie zur Wand oder Fersenheben</translation>
    </message>
    <message>
        <source>reintroduce earlier progressions when progress stalls (seed routine)</source>
        <translation>bei Stillstand frühere Übungen zurückholen (Ausgangsroutine)</translation>
    </message>
    <message>
        <source>There is no earlier stage to bring back: keep the foundation sessions going and check your technique with the demo clips.</source>
        <translation>Es gibt keine frühere Stufe zum Zurückholen: Mach mit den Grundlagen-Einheiten weiter und prüf deine Technik mit den Demo-Clips.</translation>
    </message>
    <message>
        <source>Add a few stage {stage} moves to today&apos;s session to wake the pathways that support steady mechanics.</source>
        <translation>Nimm ein paar Übungen aus Stufe {stage} in die heutige Einheit auf, um die Bewegungsmuster für eine stabile Mechanik wieder zu wecken.</translation>
    </message>
    <message>
        <source>, next morning {pain}/10</source>
        <translation>, am Folgemorgen {pain}/10</translation>
    </message>
    <message>
        <source> (usual {usual})</source>
        <translation> (üblich {usual})</translation>
    </message>
    <message>
        <source>The pain rules held: {what} on {day}, pain {pain}/10{next_morning}{usual}.</source>
        <translation>Die Schmerzregeln wurden eingehalten: {what} am {day}, Schmerz {pain}/10{next_morning}{usual}.</translation>
    </message>
    <message>
        <source>pain at most {limit}/10, settled by the next morning; {model}</source>
        <translation>Schmerz höchstens {limit}/10, bis zum nächsten Morgen abgeklungen; {model}</translation>
    </message>
    <message>
        <source>{met} of {total} stage {stage} targets met.</source>
        <translation>{met} von {total} Zielen der Stufe {stage} erreicht.</translation>
    </message>
    <message>
        <source>advance only when every target is met</source>
        <translation>erst aufsteigen, wenn jedes Ziel erreicht ist</translation>
    </message>
    <message>
        <source>The session you chose today (&apos;{choice}&apos;) is no longer in the program.</source>
        <translation>Die heute gewählte Einheit („{choice}“) ist nicht mehr im Programm.</translation>
    </message>
    <message>
        <source>You chose {session} today: {why}.</source>
        <translation>Du hast heute „{session}“ gewählt: {why}.</translation>
    </message>
    <message>
        <source>You chose {session} today.</source>
        <translation>Du hast heute „{session}“ gewählt.</translation>
    </message>
    <message>
        <source>{session}: {why}.</source>
        <translation>{session}: {why}.</translation>
    </message>
    <message>
        <source>Added from stage {stage}: {names}.</source>
        <translation>Aus Stufe {stage} dazugenommen: {names}.</translation>
    </message>
    <message>
        <source>reintroduce earlier progressions when progress stalls</source>
        <translation>bei Stillstand frühere Übungen zurückholen</translation>
    </message>
    <message>
        <source>Everything planned for today is done, or today is a rest day in your weekly plan.</source>
        <translation>Alles für heute Geplante ist erledigt, oder heute ist in deinem Wochenplan ein Ruhetag.</translation>
    </message>
    <message>
        <source>{sets} x {reps}RM from day {day}</source>
        <translation>{sets} x {reps}RM ab Tag {day}</translation>
    </message>
    <message>
        <source>every {every} days, tempo {tempo}; {phases}</source>
        <translation>alle {every} Tage, Tempo {tempo}; {phases}</translation>
    </message>
    <message>
        <source>No heel raise today: last done {day}, and it comes every {every} days.</source>
        <translation>Heute kein Fersenheben: zuletzt am {day}, und es kommt alle {every} Tage.</translation>
    </message>
    <message>
        <source>Heel raise today.</source>
        <translation>Heute Fersenheben.</translation>
    </message>
    <message>
        <source>Your last one was long ago, so the schedule starts again.</source>
        <translation>Das letzte ist lange her, daher beginnt der Plan von vorn.</translation>
    </message>
    <message>
        <source>Your run on {day} ({km:.1f} km) was {pct}% longer than your longest in the {days} days before ({longest:.1f} km).</source>
        <translation>Dein Lauf am {day} ({km:.1f} km) war {pct} % länger als dein längster in den {days} Tagen davor ({longest:.1f} km).</translation>
    </message>
    <message>
        <source>Frandsen 2025 found a hazard ratio of {ratio:g} for runs {band} longer.</source>
        <translation>Frandsen 2025 fand eine Hazard Ratio von {ratio:g} für Läufe, die {band} länger waren.</translation>
    </message>
    <message>
        <source>Keep the next runs shorter and watch how the foot responds.</source>
        <translation>Halte die nächsten Läufe kürzer und achte darauf, wie der Fuß reagiert.</translation>
    </message>
    <message>
        <source>single-run spike: over {pct}% of the longest run in {days} days</source>
        <translation>Sprung bei einem Lauf: über {pct} % des längsten Laufs aus {days} Tagen</translation>
    </message>
    <message>
        <source>more than {pct}%</source>
        <translation>mehr als {pct} %</translation>
    </message>
    <message>
        <source>{low}-{high}%</source>
        <translation>{low}–{high} %</translation>
    </message>
    <message>
        <source>Keep any run today under {limit:.1f} km: your longest in the last {days} days was {longest:.1f} km.</source>
        <translation>Bleib heute bei jedem Lauf unter {limit:.1f} km: Dein längster in den letzten {days} Tagen war {longest:.1f} km.</translation>
    </message>
    <message>
        <source>Rest today and get your foot checked</source>
        <translation>Heute Pause: Lass deinen Fuß untersuchen</translation>
    </message>
    <message>
        <source>Nothing more planned today: a rest day</source>
        <translation>Heute nichts mehr geplant: ein Ruhetag</translation>
    </message>
    <message>
        <source>{session}, about {minutes} min: your first stage {stage} session</source>
        <translation>{session}, etwa {minutes} min: deine erste Einheit in Stufe {stage}</translation>
    </message>
    <message>
        <source>{session}, about {minutes} min; stage {stage} targets met</source>
        <translation>{session}, etwa {minutes} min; Ziele von Stufe {stage} erreicht</translation>
    </message>
    <message>
        <source>{session}, about {minutes} min, {pct}% less volume</source>
        <translation>{session}, etwa {minutes} min, {pct} % weniger Umfang</translation>
    </message>
    <message>
        <source>{session}, about {minutes} min, until the pain settles</source>
        <translation>{session}, etwa {minutes} min, bis der Schmerz abklingt</translation>
    </message>
    <message>
        <source>{session}, about {minutes} min, same dose as last time</source>
        <translation>{session}, etwa {minutes} min, gleiche Dosis wie beim letzten Mal</translation>
    </message>
    <message>
        <source>{session}, about {minutes} min, with earlier moves added</source>
        <translation>{session}, etwa {minutes} min, mit früheren Übungen dazu</translation>
    </message>
    <message>
        <source>{session}, about {minutes} min</source>
        <translation>{session}, etwa {minutes} min</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Your reason</source>
        <translation>Deine Begründung</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>{dose} each side</source>
        <translation>{dose} je Seite</translation>
    </message>
    <message>
        <source>{sets} x {reps} @ {tempo}</source>
        <translation>{sets} x {reps} @ {tempo}</translation>
    </message>
    <message>
        <source>{sets} x {reps} x {hold} s hold</source>
        <translation>{sets} x {reps} x {hold} s halten</translation>
    </message>
    <message>
        <source>{sets} x {reps}</source>
        <translation>{sets} x {reps}</translation>
    </message>
    <message>
        <source>{sets} x {hold} s hold</source>
        <translation>{sets} x {hold} s halten</translation>
    </message>
    <message>
        <source>{sets} x {minutes} min</source>
        <translation>{sets} x {minutes} min</translation>
    </message>
    <message>
        <source>{sets} x {seconds} s</source>
        <translation>{sets} x {seconds} s</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>footgui: your diary cannot be opened</source>
        <translation>footgui: Dein Tagebuch lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>Die Sicherung vom {when} wiederherstellen</translation>
    </message>
    <message>
        <source>Start a new diary beside it</source>
        <translation>Daneben ein neues Tagebuch beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Whatever you choose, the damaged file is kept under a new name in {folder} so that nothing is lost.</source>
        <translation>Was du auch wählst, die beschädigte Datei bleibt unter neuem Namen in {folder} erhalten, damit nichts verloren geht.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Time for your foot and ankle session</source>
        <translation>Zeit für dein Fuß- und Sprunggelenktraining</translation>
    </message>
    <message>
        <source>Today&apos;s session is still to do. Open footgui&apos;s Today page to start it.</source>
        <translation>Die heutige Einheit steht noch aus. Öffne in footgui die Seite „Heute“, um sie zu beginnen.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>Remind me every day at</source>
        <translation>Erinnere mich jeden Tag um</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>While footgui is running you get a notification from the system tray, unless you already trained that day.</source>
        <translation>Während footgui läuft, bekommst du eine Benachrichtigung aus dem Infobereich, außer du hast an dem Tag schon trainiert.</translation>
    </message>
    <message>
        <source>While footgui is running you get a message in footgui&apos;s status bar (no system tray was found), unless you already trained that day.</source>
        <translation>Während footgui läuft, bekommst du eine Meldung in der Statusleiste von footgui (kein Infobereich gefunden), außer du hast an dem Tag schon trainiert.</translation>
    </message>
    <message>
        <source>Start footgui minimised when I log in</source>
        <translation>footgui bei der Anmeldung minimiert starten</translation>
    </message>
    <message>
        <source>Could not change the login start: {reason}</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern: {reason}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>This version of footgui has no progression engine, so the report gives the current stage without a recommendation.</source>
        <translation>Diese Version von footgui hat keine Steuerung der Progression, daher nennt der Bericht die aktuelle Stufe ohne Empfehlung.</translation>
    </message>
    <message>
        <source>No recommendation: the progression engine failed (see the log).</source>
        <translation>Keine Empfehlung: Die Steuerung der Progression ist fehlgeschlagen (siehe Protokoll).</translation>
    </message>
    <message>
        <source>Single-leg stance, eyes open</source>
        <translation>Einbeinstand, Augen offen</translation>
    </message>
    <message>
        <source>Single-leg stance, eyes closed</source>
        <translation>Einbeinstand, Augen geschlossen</translation>
    </message>
    <message>
        <source>Knee-to-wall distance</source>
        <translation>Knie-zur-Wand-Abstand</translation>
    </message>
    <message>
        <source>Single-leg heel rises to fatigue</source>
        <translation>Einbeiniges Fersenheben bis zur Ermüdung</translation>
    </message>
    <message>
        <source>Single-leg stance, eyes open (best of each day, s)</source>
        <translation>Einbeinstand, Augen offen (Bestwert je Tag, s)</translation>
    </message>
    <message>
        <source>Single-leg stance, eyes closed (best of each day, s)</source>
        <translation>Einbeinstand, Augen geschlossen (Bestwert je Tag, s)</translation>
    </message>
    <message>
        <source>Knee-to-wall distance (best of each day, {unit})</source>
        <translation>Knie-zur-Wand-Abstand (Bestwert je Tag, {unit})</translation>
    </message>
    <message>
        <source>Single-leg heel rises to fatigue (reps)</source>
        <translation>Einbeiniges Fersenheben bis zur Ermüdung (Wdh.)</translation>
    </message>
    <message>
        <source>Pain from the daily check-in (0-10)</source>
        <translation>Schmerz aus dem täglichen Check-in (0–10)</translation>
    </message>
    <message>
        <source>Sessions per week against the plan</source>
        <translation>Einheiten pro Woche im Vergleich zum Plan</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>below</source>
        <translation>darunter</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb</translation>
    </message>
    <message>
        <source>above</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>Written {when} by footgui {version}.</source>
        <translation>Erstellt am {when} mit footgui {version}.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Dominant foot</source>
        <translation>Dominanter Fuß</translation>
    </message>
    <message>
        <source>Program started</source>
        <translation>Programmbeginn</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>{runs} runs, {distance:.1f} {unit} in the period.</source>
        <translation>{runs} Läufe, {distance:.1f} {unit} im Zeitraum.</translation>
    </message>
    <message>
        <source>Stage and recommendation</source>
        <translation>Stufe und Empfehlung</translation>
    </message>
    <message>
        <source>The program had not started by the end of the period.</source>
        <translation>Das Programm hatte bis zum Ende des Zeitraums noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Stage {stage} of 4: {name}</source>
        <translation>Stufe {stage} von 4: {name}</translation>
    </message>
    <message>
        <source>, since {day}</source>
        <translation>, seit {day}</translation>
    </message>
    <message>
        <source>Recommendation for {day}</source>
        <translation>Empfehlung für {day}</translation>
    </message>
    <message>
        <source>What the advice did not know: {items}</source>
        <translation>Was der Empfehlung nicht bekannt war: {items}</translation>
    </message>
    <message>
        <source>Target for the next stage</source>
        <translation>Ziel für die nächste Stufe</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Stage decisions in the period:</source>
        <translation>Stufenentscheidungen im Zeitraum:</translation>
    </message>
    <message>
        <source>stage {stage}</source>
        <translation>Stufe {stage}</translation>
    </message>
    <message>
        <source>started at</source>
        <translation>begonnen mit</translation>
    </message>
    <message>
        <source>moved up to</source>
        <translation>aufgestiegen zu</translation>
    </message>
    <message>
        <source>moved back to</source>
        <translation>zurück zu</translation>
    </message>
    <message>
        <source>set by hand to</source>
        <translation>von Hand gesetzt auf</translation>
    </message>
    <message>
        <source>stayed at</source>
        <translation>geblieben bei</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Trainingstreue</translation>
    </message>
    <message>
        <source>No sessions were planned in this period.</source>
        <translation>In diesem Zeitraum waren keine Einheiten geplant.</translation>
    </message>
    <message>
        <source>{done} of {planned:.0f} planned sessions done ({percent:.0f}%).</source>
        <translation>{done} von {planned:.0f} geplanten Einheiten erledigt ({percent:.0f} %).</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Also {n} sessions outside the plan (own exercise lists).</source>
        <translation>Dazu {n} Einheiten außerhalb des Plans (eigene Übungslisten).</translation>
    </message>
    <message>
        <source>Planned counts follow the program&apos;s sessions per week for the stage in effect each day, from the program start up to today.</source>
        <translation>Die geplanten Zahlen folgen den Einheiten pro Woche der jeweils an dem Tag gültigen Stufe, vom Programmbeginn bis heute.</translation>
    </message>
    <message>
        <source>Latest tests against reference values</source>
        <translation>Neueste Tests im Vergleich mit Referenzwerten</translation>
    </message>
    <message>
        <source>No tests were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Tests erfasst.</translation>
    </message>
    <message>
        <source>(within test noise)</source>
        <translation>(Messrauschen)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neuester</translation>
    </message>
    <message>
        <source>First in period</source>
        <translation>Erster im Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>(Provisional: these table values are second-hand.)</source>
        <translation>(Vorläufig: Diese Tabellenwerte stammen aus zweiter Hand.)</translation>
    </message>
    <message>
        <source>(footgui&apos;s own rule)</source>
        <translation>(footguis eigene Regel)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Left minus right on the latest test:</source>
        <translation>Links minus rechts beim neuesten Test:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Left − right</source>
        <translation>Links − rechts</translation>
    </message>
    <message>
        <source>Flag above</source>
        <translation>Markiert ab</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Test noise: knee-to-wall changes within 1.9 cm and heel-rise changes within 6 reps may be measurement error (Powden 2015; Hébert-Losier 2017).</source>
        <translation>Messungenauigkeit: Änderungen beim Knie-zur-Wand-Test bis 1,9 cm und beim Fersenheben bis 6 Wdh. können Messfehler sein (Powden 2015; Hébert-Losier 2017).</translation>
    </message>
    <message>
        <source>Pain history</source>
        <translation>Schmerzverlauf</translation>
    </message>
    <message>
        <source>No pain scores were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Schmerzwerte erfasst.</translation>
    </message>
    <message>
        <source>Scores 0-10. Pain zones: 0-3 safe, 4-5 acceptable, above 5 too much (pain-monitoring model, Silbernagel 2007). Scores above 5 are in bold.</source>
        <translation>Werte 0–10. Schmerzzonen: 0–3 sicher, 4–5 vertretbar, über 5 zu viel (Schmerz-Monitoring-Modell, Silbernagel 2007). Werte über 5 sind fett.</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Anlauf</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Während</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Morgen danach</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifigkeit</translation>
    </message>
    <message>
        <source>Run, after</source>
        <translation>Lauf, danach</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>{month} (continued)</source>
        <translation>{month} (Fortsetzung)</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: permission denied.</source>
        <translation>In {folder} kann nicht geschrieben werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation>In {folder} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Foot and ankle training report</source>
        <translation>Bericht zum Fuß- und Sprunggelenktraining</translation>
    </message>
    <message>
        <source>Period: {start} to {end} ({days} days, {weeks} weeks).</source>
        <translation>Zeitraum: {start} bis {end} ({days} Tage, {weeks} Wochen).</translation>
    </message>
    <message>
        <source>the PDF file could not be opened for writing</source>
        <translation>die PDF-Datei ließ sich nicht zum Schreiben öffnen</translation>
    </message>
    <message>
        <source>footgui report, {start} to {end}</source>
        <translation>footgui-Bericht, {start} bis {end}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Seite {page} von {total}</translation>
    </message>
    <message>
        <source>Shaded: {label}. Source: {source}.</source>
        <translation>Schattiert: {label}. Quelle: {source}.</translation>
    </message>
    <message>
        <source>Shaded: pain zones 0-3 safe (green), 4-5 acceptable (amber), above 5 too much (red).</source>
        <translation>Schattiert: Schmerzzonen 0–3 sicher (grün), 4–5 vertretbar (gelb), über 5 zu viel (rot).</translation>
    </message>
    <message>
        <source>Bars: finished sessions per week (Monday to Sunday). Black line: sessions the program planned for that week.</source>
        <translation>Balken: abgeschlossene Einheiten pro Woche (Montag bis Sonntag). Schwarze Linie: vom Programm für die Woche geplante Einheiten.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .pdf.</source>
        <translation>{path} ist ein Ordner; gib einen Dateinamen mit der Endung .pdf an.</translation>
    </message>
    <message>
        <source>Nothing to report: {reason}. Choose another date range.</source>
        <translation>Nichts zu berichten: {reason}. Wähle einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source>First-step pain</source>
        <translation>Anlaufschmerz</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz danach</translation>
    </message>
    <message>
        <source>Next-morning pain</source>
        <translation>Schmerz am Folgemorgen</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Erledigte Einheiten</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>the range ends ({end}) before it starts ({start})</source>
        <translation>der Zeitraum endet ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <source>there are no diary entries, tests or sessions between {start} and {end}</source>
        <translation>zwischen {start} und {end} gibt es keine Tagebucheinträge, Tests oder Einheiten</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>{n} check ins</source>
        <translation>{n} Check-ins</translation>
    </message>
    <message>
        <source>{n} measurements</source>
        <translation>{n} Messungen</translation>
    </message>
    <message>
        <source>{n} training sessions</source>
        <translation>{n} Trainingseinheiten</translation>
    </message>
    <message>
        <source>{n} runs</source>
        <translation>{n} Läufe</translation>
    </message>
    <message>
        <source>daily</source>
        <extracomment>Why a backup was taken (the reason in its file name), as the list says it.</extracomment>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before demo data</source>
        <translation>vor Demodaten</translation>
    </message>
    <message>
        <source>before restoring a backup</source>
        <translation>vor dem Wiederherstellen einer Sicherung</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Restoring replaces your diary with the chosen backup. Your current diary is not deleted: it is kept beside it under a new name.</source>
        <translation>Das Wiederherstellen ersetzt dein Tagebuch durch die gewählte Sicherung. Dein aktuelles Tagebuch wird nicht gelöscht: Es bleibt unter neuem Namen daneben erhalten.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>Backups exist only for a SQLite diary file.</source>
        <translation>Sicherungen gibt es nur für eine SQLite-Tagebuchdatei.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Replace your diary with the backup of {when}?</source>
        <translation>Dein Tagebuch durch die Sicherung vom {when} ersetzen?</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restored the backup. Your previous diary is kept at {path}.</source>
        <translation>Sicherung wiederhergestellt. Dein bisheriges Tagebuch liegt unter {path}.</translation>
    </message>
</context>
<context>
    <name>RunForm</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>e.g. 8.5</source>
        <translation>z. B. 8,5</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>h:mm:ss or minutes</source>
        <translation>h:mm:ss oder min</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Untergrund</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>No shoe noted</source>
        <translation>Kein Schuh angegeben</translation>
    </message>
    <message>
        <source>Pain after (0-10)</source>
        <translation>Schmerz danach (0–10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>How the feet felt, the route...</source>
        <translation>Wie sich die Füße anfühlten, die Strecke …</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (ausgemustert)</translation>
    </message>
    <message>
        <source>Pace {pace}.</source>
        <translation>Pace {pace}.</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>UP</source>
        <translation>HOCH</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>RUNTER</translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation>LÖSEN</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>LOS</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>BEREITMACHEN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <source>NEXT UP</source>
        <translation>ALS NÄCHSTES</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Set 8/8 · Rep 88/88</source>
        <translation>Satz 8/8 · Wdh. 88/88</translation>
    </message>
    <message>
        <source>Set 8/8 · Hop 88/88</source>
        <translation>Satz 8/8 · Sprung 88/88</translation>
    </message>
    <message>
        <source>RIGHT SIDE</source>
        <translation>RECHTE SEITE</translation>
    </message>
    <message>
        <source>Last spoken cue</source>
        <translation>Letzter gesprochener Hinweis</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back one set (Left or P)</source>
        <translation>Einen Satz zurück (Links oder P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Finish this step now (Right or N)</source>
        <translation>Diesen Schritt jetzt beenden (Rechts oder N)</translation>
    </message>
    <message>
        <source>Restart set</source>
        <translation>Satz neu starten</translation>
    </message>
    <message>
        <source>Do this set again (R)</source>
        <translation>Diesen Satz noch einmal machen (R)</translation>
    </message>
    <message>
        <source>+15 s rest</source>
        <translation>+15 s Pause</translation>
    </message>
    <message>
        <source>Longer rest (+)</source>
        <translation>Längere Pause (+)</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Mirror the video for the other side (M)</source>
        <translation>Video für die andere Seite spiegeln (M)</translation>
    </message>
    <message>
        <source>Slow 0.5×</source>
        <translation>Langsam 0,5×</translation>
    </message>
    <message>
        <source>Play the video at half or normal speed (S)</source>
        <translation>Video mit halber oder normaler Geschwindigkeit abspielen (S)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen on or off (F)</source>
        <translation>Vollbild ein oder aus (F)</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>My video</source>
        <translation>Mein Video</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Training beenden</translation>
    </message>
    <message>
        <source>Stop here and go to the check-in</source>
        <translation>Hier aufhören und zum Check-in gehen</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <source>Next up: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>Set {number}/{total}</source>
        <translation>Satz {number}/{total}</translation>
    </message>
    <message>
        <source>Hop {number}/{total}</source>
        <translation>Sprung {number}/{total}</translation>
    </message>
    <message>
        <source>Rep {number}/{total}</source>
        <translation>Wdh. {number}/{total}</translation>
    </message>
    <message>
        <source>Next: {name}, set {number} of {total}</source>
        <translation>Als Nächstes: {name}, Satz {number} von {total}</translation>
    </message>
    <message>
        <source>Then: {name}</source>
        <translation>Danach: {name}</translation>
    </message>
    <message>
        <source>LEFT SIDE</source>
        <translation>LINKE SEITE</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>A session is running: end it before starting another.</source>
        <translation>Ein Training läuft: Beende es, bevor du ein anderes startest.</translation>
    </message>
    <message>
        <source>There is no session template &apos;{id}&apos;; pick one below.</source>
        <translation>Es gibt keine Trainingsvorlage „{id}“; wähle unten eine aus.</translation>
    </message>
    <message>
        <source>Dose problems fixed for this session: {problems}</source>
        <translation>Dosierungsprobleme, für dieses Training korrigiert: {problems}</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Dein Video</translation>
    </message>
    <message>
        <source>Mirrored</source>
        <translation>Gespiegelt</translation>
    </message>
    <message>
        <source>Restart works during a set; use Previous to redo the last one.</source>
        <translation>Neustart geht nur während eines Satzes; mit „Zurück“ wiederholst du den letzten.</translation>
    </message>
    <message>
        <source>No rest left to lengthen: this is the last set.</source>
        <translation>Keine Pause mehr zum Verlängern: Das ist der letzte Satz.</translation>
    </message>
    <message>
        <source>Normal 1×</source>
        <translation>Normal 1×</translation>
    </message>
    <message>
        <source>Slow 0.5×</source>
        <translation>Langsam 0,5×</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Training gespeichert.</translation>
    </message>
    <message>
        <source>The check-in could not be saved (see the status bar).</source>
        <translation>Der Check-in konnte nicht gespeichert werden (siehe Statusleiste).</translation>
    </message>
    <message>
        <source>Voice off: {reason}</source>
        <translation>Stimme aus: {reason}</translation>
    </message>
    <message>
        <source>No {language} voice is installed: the speech engine&apos;s default voice speaks.</source>
        <translation>Keine Stimme für {language} installiert: Es spricht die Standardstimme der Sprachausgabe.</translation>
    </message>
    <message>
        <source>Voice: starts with the session</source>
        <translation>Stimme: startet mit dem Training</translation>
    </message>
    <message>
        <source>Voice: {engine} ready</source>
        <translation>Stimme: {engine} bereit</translation>
    </message>
    <message>
        <source>Voice unavailable: {reason}</source>
        <translation>Stimme nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <source>Beeps: {reason}</source>
        <translation>Signaltöne: {reason}</translation>
    </message>
    <message>
        <source>Balance test saved: every trial is in your measurements.</source>
        <translation>Gleichgewichtstest gespeichert: Jeder Versuch steht in deinen Messungen.</translation>
    </message>
    <message>
        <source>Use my own video for {name}…</source>
        <translation>Eigenes Video für {name} verwenden…</translation>
    </message>
    <message>
        <source>Remove my video for {name}</source>
        <translation>Mein Video für {name} entfernen</translation>
    </message>
    <message>
        <source>Choose a video of you doing this exercise</source>
        <translation>Wähle ein Video, in dem du diese Übung machst</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Videos ({patterns})</translation>
    </message>
    <message>
        <source>Another video is still being checked.</source>
        <translation>Ein anderes Video wird noch geprüft.</translation>
    </message>
    <message>
        <source>{file}: footgui takes {types} files.</source>
        <translation>{file}: footgui nimmt {types}-Dateien.</translation>
    </message>
    <message>
        <source>The video could not be copied: {error}</source>
        <translation>Das Video konnte nicht kopiert werden: {error}</translation>
    </message>
    <message>
        <source>Your video is now used for {exercise}.</source>
        <translation>Dein Video wird jetzt für {exercise} verwendet.</translation>
    </message>
    <message>
        <source>footgui cannot use this video. {reason} The demo clip stays.</source>
        <translation>footgui kann dieses Video nicht verwenden. {reason} Der Demo-Clip bleibt.</translation>
    </message>
    <message>
        <source>Video not used</source>
        <translation>Video nicht verwendet</translation>
    </message>
    <message>
        <source>Your video was removed; the demo clip is back.</source>
        <translation>Dein Video wurde entfernt; der Demo-Clip ist wieder da.</translation>
    </message>
</context>
<context>
    <name>SessionPlan</name>
    <message>
        <source>Custom session</source>
        <translation>Eigenes Training</translation>
    </message>
    <message>
        <source>no session template &apos;{id}&apos; in the program</source>
        <translation>keine Trainingsvorlage „{id}“ im Programm</translation>
    </message>
    <message>
        <source>unknown exercise ids: {ids}</source>
        <translation>unbekannte Übungs-IDs: {ids}</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>The session could not be saved: {error}</source>
        <translation>Das Training konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Set {number} of {exercise} was not saved: {error}</source>
        <translation>Satz {number} von {exercise} wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>The check-in could not be saved: {error}</source>
        <translation>Der Check-in konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Qt&apos;s speech module cannot load ({reason}).</source>
        <translation>Qts Sprachmodul lässt sich nicht laden ({reason}).</translation>
    </message>
    <message>
        <source>No speech engine is installed (on Debian or Ubuntu: sudo apt-get install speech-dispatcher espeak-ng).</source>
        <translation>Es ist keine Sprachausgabe installiert (unter Debian oder Ubuntu: sudo apt-get install speech-dispatcher espeak-ng).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Reminder and data</source>
        <translation>Erinnerung und Daten</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
    <message>
        <source>Settings could not be saved to {file}.</source>
        <translation>Die Einstellungen ließen sich nicht in {file} speichern.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>&amp;Alter</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Geschlecht</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>&amp;Dominant foot</source>
        <translation>&amp;Dominanter Fuß</translation>
    </message>
    <message>
        <source>Dominant foot</source>
        <translation>Dominanter Fuß</translation>
    </message>
    <message>
        <source>Age and sex choose the reference values your balance and heel-rise tests are compared with; without them the charts show the widest band.</source>
        <translation>Alter und Geschlecht bestimmen die Referenzwerte, mit denen deine Gleichgewichts- und Fersenhebetests verglichen werden; ohne sie zeigen die Diagramme den breitesten Bereich.</translation>
    </message>
    <message>
        <source>The profile was not saved: {reason}</source>
        <translation>Das Profil wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Kilometres (km)</source>
        <translation>Kilometer (km)</translation>
    </message>
    <message>
        <source>Miles (mi)</source>
        <translation>Meilen (mi)</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>Zentimeter (cm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Zoll (in)</translation>
    </message>
    <message>
        <source>&amp;Running distances</source>
        <translation>&amp;Laufstrecken</translation>
    </message>
    <message>
        <source>Unit for running distances</source>
        <translation>Einheit für Laufstrecken</translation>
    </message>
    <message>
        <source>&amp;Short lengths</source>
        <translation>&amp;Kurze Längen</translation>
    </message>
    <message>
        <source>Unit for short lengths</source>
        <translation>Einheit für kurze Längen</translation>
    </message>
    <message>
        <source>Used for the knee-to-wall test.</source>
        <translation>Für den Knie-zur-Wand-Test.</translation>
    </message>
    <message>
        <source>The diary keeps metres and centimetres; units only change what you see and type, so switching never alters your entries.</source>
        <translation>Das Tagebuch speichert Meter und Zentimeter; die Einheiten ändern nur, was du siehst und eingibst, ein Wechsel verändert also nie deine Einträge.</translation>
    </message>
    <message>
        <source>Beeps (3-2-1, go, end of set)</source>
        <translation>Signaltöne (3-2-1, los, Satzende)</translation>
    </message>
    <message>
        <source>Metronome ticks</source>
        <translation>Metronomklicks</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Spoken form cues</source>
        <translation>Gesprochene Ausführungshinweise</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>Lautstär&amp;ke</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation>Keine Sprachausgabe</translation>
    </message>
    <message>
        <source>Speech &amp;engine</source>
        <translation>Sprach&amp;ausgabe</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>Automatic (a voice in the app&apos;s language)</source>
        <translation>Automatisch (eine Stimme in der Sprache der App)</translation>
    </message>
    <message>
        <source>V&amp;oice</source>
        <translation>St&amp;imme</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Speech &amp;rate</source>
        <translation>Sprech&amp;tempo</translation>
    </message>
    <message>
        <source>&amp;Try the voice</source>
        <translation>Stimme an&amp;hören</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Stimme anhören</translation>
    </message>
    <message>
        <source>When the voice is off or no engine is installed, spoken lines appear as captions and important ones become a beep.</source>
        <translation>Ist die Stimme aus oder keine Sprachausgabe installiert, erscheinen gesprochene Sätze als Untertitel und wichtige werden zu einem Signalton.</translation>
    </message>
    <message>
        <source>Speech is switched off.</source>
        <translation>Die Sprachausgabe ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Asking the speech engine for its voices…</source>
        <translation>Die Sprachausgabe wird nach ihren Stimmen gefragt …</translation>
    </message>
    <message>
        <source>No voices: {reason}</source>
        <translation>Keine Stimmen: {reason}</translation>
    </message>
    <message>
        <source>Automatic: {voice}</source>
        <translation>Automatisch: {voice}</translation>
    </message>
    <message>
        <source>{engine}: {count} voices.</source>
        <translation>{engine}: {count} Stimmen.</translation>
    </message>
    <message>
        <source>Lift slowly, two, three. Hold.</source>
        <translation>Langsam heben, zwei, drei. Halten.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Large text on the Session page</source>
        <translation>Große Schrift auf der Trainingsseite</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>For reading the session from a few metres away.</source>
        <translation>Um das Training aus ein paar Metern Abstand zu lesen.</translation>
    </message>
    <message>
        <source>Follow the system uses your desktop&apos;s light or dark setting and changes with it.</source>
        <translation>„Wie das System“ übernimmt die helle oder dunkle Einstellung deines Desktops und wechselt mit ihr.</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of footgui&apos;s texts, exercises and spoken cues.</source>
        <translation>Die Sprache der Texte, Übungen und gesprochenen Hinweise von footgui.</translation>
    </message>
    <message>
        <source>The saved language “{value}” is unknown, so footgui shows English; choose a language to fix it.</source>
        <translation>Die gespeicherte Sprache „{value}“ ist unbekannt, daher zeigt footgui Englisch; wähle eine Sprache, um das zu beheben.</translation>
    </message>
    <message>
        <source>Restart footgui to see it in {language}: the texts on screen change at the next start.</source>
        <translation>Starte footgui neu, um es auf {language} zu sehen: Die Texte ändern sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>Remind me to train</source>
        <translation>Ans Training erinnern</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>footgui reminds you once a day at this time while it is open, unless you have already finished a session that day.</source>
        <translation>footgui erinnert dich einmal täglich zu dieser Uhrzeit, solange es geöffnet ist, außer du hast an dem Tag schon eine Einheit beendet.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <source>Data &amp;folder</source>
        <translation>Daten&amp;ordner</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups for</source>
        <translation>Tägliche Sicherungen be&amp;halten für</translation>
    </message>
    <message>
        <source>Days of daily backups to keep</source>
        <translation>Tage, für die tägliche Sicherungen bleiben</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups for</source>
        <translation>&amp;Wöchentliche Sicherungen behalten für</translation>
    </message>
    <message>
        <source>Weeks of weekly backups to keep</source>
        <translation>Wochen, für die wöchentliche Sicherungen bleiben</translation>
    </message>
    <message>
        <source>A backup of your diary is taken each day you open footgui; older ones are removed by these rules at the next backup. They are kept in {folder}.</source>
        <translation>An jedem Tag, an dem du footgui öffnest, wird dein Tagebuch gesichert; ältere Sicherungen werden bei der nächsten Sicherung nach diesen Regeln entfernt. Sie liegen in {folder}.</translation>
    </message>
    <message>
        <source>No file manager could open {folder}; it is shown above to copy.</source>
        <translation>Kein Dateimanager konnte {folder} öffnen; der Pfad steht oben zum Kopieren.</translation>
    </message>
</context>
<context>
    <name>ShoeForm</name>
    <message>
        <source>Not noted</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Daily trainer (grey)</source>
        <translation>z. B. Alltagstrainer (grau)</translation>
    </message>
    <message>
        <source>Drop (mm)</source>
        <translation>Sprengung (mm)</translation>
    </message>
    <message>
        <source>heel minus forefoot</source>
        <translation>Ferse minus Vorfuß</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Stack height (mm)</source>
        <translation>Sohlenhöhe (mm)</translation>
    </message>
    <message>
        <source>under the heel</source>
        <translation>unter der Ferse</translation>
    </message>
    <message>
        <source>Outsole firmness</source>
        <translation>Festigkeit der Außensohle</translation>
    </message>
    <message>
        <source>Heel counter</source>
        <translation>Fersenkappe</translation>
    </message>
    <message>
        <source>Midfoot support</source>
        <translation>Mittelfußstütze</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retired (kept for the record)</source>
        <translation>Ausgemustert (bleibt in der Liste)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>New shoe</source>
        <translation>Neuer Schuh</translation>
    </message>
</context>
<context>
    <name>ShoesPanel</name>
    <message>
        <source>Your shoes</source>
        <translation>Deine Schuhe</translation>
    </message>
    <message>
        <source>Each pair with its distance and runs; choose one to edit it below.</source>
        <translation>Jedes Paar mit Strecke und Läufen; wähle eines, um es unten zu bearbeiten.</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Delete shoe</source>
        <translation>Schuh löschen</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <source>{shoe}: {distance} over {runs} runs, last {day}</source>
        <translation>{shoe}: {distance} in {runs} Läufen, zuletzt am {day}</translation>
    </message>
    <message>
        <source>{shoe}: {distance} over {runs} runs</source>
        <translation>{shoe}: {distance} in {runs} Läufen</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Zum nächsten oder vorigen Bedienelement</translation>
    </message>
    <message>
        <source>Show the menus; Alt with an underlined letter uses it</source>
        <translation>Die Menüs zeigen; Alt mit einem unterstrichenen Buchstaben wählt es</translation>
    </message>
    <message>
        <source>Close a dialog or menu</source>
        <translation>Einen Dialog oder ein Menü schließen</translation>
    </message>
    <message>
        <source>In the navigation rail: the previous or next page (Tab goes into the page)</source>
        <translation>In der Seitenleiste: vorige oder nächste Seite (Tab springt in die Seite)</translation>
    </message>
    <message>
        <source>In a row of choices such as the chart ranges: the previous or next one</source>
        <translation>In einer Reihe von Auswahlknöpfen wie den Diagrammzeiträumen: vorheriger oder nächster</translation>
    </message>
    <message>
        <source>In the diary history: edit the date or note in place</source>
        <translation>Im Tagebuchverlauf: Datum oder Notiz direkt bearbeiten</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Pause or resume (start or stop the balance timer)</source>
        <translation>Pausieren oder fortsetzen (Gleichgewichtsmessung starten oder stoppen)</translation>
    </message>
    <message>
        <source>Next set or exercise</source>
        <translation>Nächster Satz oder nächste Übung</translation>
    </message>
    <message>
        <source>Previous set or exercise</source>
        <translation>Voriger Satz oder vorige Übung</translation>
    </message>
    <message>
        <source>Restart the current set</source>
        <translation>Den aktuellen Satz neu beginnen</translation>
    </message>
    <message>
        <source>Add 15 seconds of rest</source>
        <translation>15 Sekunden Pause hinzufügen</translation>
    </message>
    <message>
        <source>Mirror the video</source>
        <translation>Das Video spiegeln</translation>
    </message>
    <message>
        <source>Slow motion (half speed) on or off</source>
        <translation>Zeitlupe (halbe Geschwindigkeit) ein oder aus</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Vollbild ein oder aus</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Undo the last diary change</source>
        <translation>Die letzte Änderung im Tagebuch rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Delete the selected history entry</source>
        <translation>Den gewählten Eintrag im Verlauf löschen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Type to filter, e.g. pause or Ctrl</source>
        <translation>Zum Filtern tippen, z. B. Pause oder Strg</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Session keys work while the Session page is shown. Every control can also be reached with Tab; the focused one is outlined.</source>
        <translation>Die Trainingstasten wirken, solange die Trainingsseite zu sehen ist. Jedes Bedienelement ist auch mit Tab erreichbar; das gewählte ist umrandet.</translation>
    </message>
</context>
<context>
    <name>SoundCues</name>
    <message>
        <source>Sound files missing from {folder}: {names}.</source>
        <translation>In {folder} fehlen Tondateien: {names}.</translation>
    </message>
    <message>
        <source>No audio output device was found, so beeps cannot be heard.</source>
        <translation>Kein Audioausgabegerät gefunden, daher sind die Signaltöne nicht zu hören.</translation>
    </message>
    <message>
        <source>The audio device refused to play the beeps.</source>
        <translation>Das Audiogerät hat die Signaltöne nicht abgespielt.</translation>
    </message>
</context>
<context>
    <name>SoundMenu</name>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Beeps (3-2-1, go, end of set)</source>
        <translation>Signaltöne (3-2-1, los, Satzende)</translation>
    </message>
    <message>
        <source>Metronome ticks</source>
        <translation>Metronomklicks</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Spoken form cues</source>
        <translation>Gesprochene Ausführungshinweise</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>footgui: cannot open your data</source>
        <translation>footgui: Deine Daten lassen sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the backup folder {folder}: {detail}.</source>
        <translation>Der Sicherungsordner {folder} lässt sich nicht anlegen: {detail}.</translation>
    </message>
    <message>
        <source>The backup of {path} failed its integrity check.</source>
        <translation>Die Sicherung von {path} hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>Could not back up {path} to {folder}: {detail}.</source>
        <translation>{path} konnte nicht nach {folder} gesichert werden: {detail}.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be read: {detail}.</source>
        <translation>Die Sicherung {name} lässt sich nicht lesen: {detail}.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged; pick another.</source>
        <translation>Die Sicherung {name} ist beschädigt; wähle eine andere.</translation>
    </message>
    <message>
        <source>Restoring {name} failed: {detail}.</source>
        <translation>Das Wiederherstellen von {name} ist fehlgeschlagen: {detail}.</translation>
    </message>
    <message>
        <source>The database could not be written: {detail}.</source>
        <translation>Die Datenbank konnte nicht geschrieben werden: {detail}.</translation>
    </message>
    <message>
        <source>Updating the database {where} to this version failed ({detail}); it was left as it was.</source>
        <translation>Die Datenbank {where} ließ sich nicht auf diese Version aktualisieren ({detail}); sie blieb unverändert.</translation>
    </message>
    <message>
        <source>A copy from before the attempt is at {path}.</source>
        <translation>Eine Kopie von vor dem Versuch liegt unter {path}.</translation>
    </message>
    <message>
        <source>Updating the database would break {n} references (first in table {table}); it was left as it was.</source>
        <translation>Die Aktualisierung würde {n} Verweise zerstören (der erste in der Tabelle {table}); die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {detail}. Choose a folder you can write to.</source>
        <translation>Der Datenordner {folder} lässt sich nicht anlegen: {detail}. Wähle einen Ordner, in den du schreiben darfst.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable. Choose a folder you can write to.</source>
        <translation>In den Datenordner {folder} kann nicht geschrieben werden. Wähle einen Ordner, in den du schreiben darfst.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}.</source>
        <translation>{path} lässt sich nicht lesen: {detail}.</translation>
    </message>
    <message>
        <source>{path} is not a file; footgui needs a database file there.</source>
        <translation>{path} ist keine Datei; footgui braucht dort eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>{path} cannot be read and written by you; check its permissions.</source>
        <translation>Du kannst {path} nicht lesen und schreiben; prüfe die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>{path} is locked by another program (is footgui already running?).</source>
        <translation>{path} ist von einem anderen Programm gesperrt (läuft footgui schon?).</translation>
    </message>
    <message>
        <source>{path} is not a readable footgui database ({detail}). It was left untouched: move it away to start afresh.</source>
        <translation>{path} ist keine lesbare footgui-Datenbank ({detail}). Sie blieb unverändert: Verschiebe sie, um neu anzufangen.</translation>
    </message>
    <message>
        <source>{path} is not a readable footgui database ({detail}). It was left untouched: move it away to start afresh or restore a backup from {backups}.</source>
        <translation>{path} ist keine lesbare footgui-Datenbank ({detail}). Sie blieb unverändert: Verschiebe sie, um neu anzufangen, oder stelle eine Sicherung aus {backups} wieder her.</translation>
    </message>
    <message>
        <source>{where} holds tables that footgui did not create; footgui will not change a database it does not know. Choose another file or folder.</source>
        <translation>{where} enthält Tabellen, die nicht von footgui stammen; footgui ändert keine Datenbank, die es nicht kennt. Wähle eine andere Datei oder einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of footgui (schema {revision}; this version knows up to {head}). Update footgui to open it; the database was left untouched.</source>
        <translation>{where} wurde von einer neueren footgui-Version geschrieben (Schema {revision}; diese Version kennt bis {head}). Aktualisiere footgui, um sie zu öffnen; die Datenbank blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>hold</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>tempo phase</source>
        <translation>Tempophase</translation>
    </message>
    <message>
        <source>{what} {value} is not a time; ignored</source>
        <translation>{what} {value} ist keine gültige Zeit; ignoriert</translation>
    </message>
    <message>
        <source>{what} {value:g} s is too long; capped at {cap:g} s</source>
        <translation>{what} {value:g} s ist zu lang; auf {cap:g} s begrenzt</translation>
    </message>
    <message>
        <source>sets {sets} is impossible; doing 1</source>
        <translation>{sets} Sätze sind nicht möglich; stattdessen 1</translation>
    </message>
    <message>
        <source>{sets} sets is too many; capped at {cap}</source>
        <translation>{sets} Sätze sind zu viele; auf {cap} begrenzt</translation>
    </message>
    <message>
        <source>reps {reps} is impossible; ignored</source>
        <translation>{reps} Wiederholungen sind nicht möglich; ignoriert</translation>
    </message>
    <message>
        <source>{reps} reps is too many; capped at {cap}</source>
        <translation>{reps} Wiederholungen sind zu viele; auf {cap} begrenzt</translation>
    </message>
    <message>
        <source>the tempo has no time in it; reps counted at the usual pace</source>
        <translation>das Tempo enthält keine Zeit; Wiederholungen werden im üblichen Takt gezählt</translation>
    </message>
    <message>
        <source>a tempo and a hold per rep together; the tempo&apos;s hold is used</source>
        <translation>Tempo und Haltezeit pro Wiederholung zugleich; die Haltezeit des Tempos gilt</translation>
    </message>
    <message>
        <source>no reps, hold or duration; timed as {seconds:g} s</source>
        <translation>weder Wiederholungen noch Haltezeit oder Dauer; es laufen {seconds:g} s</translation>
    </message>
    <message>
        <source>one set would last over {hours:g} h; reps capped at {capped}</source>
        <translation>ein Satz würde über {hours:g} h dauern; Wiederholungen auf {capped} begrenzt</translation>
    </message>
    <message>
        <source>Warm-up.</source>
        <translation>Aufwärmen.</translation>
    </message>
    <message>
        <source>Main set.</source>
        <translation>Hauptteil.</translation>
    </message>
    <message>
        <source>Finisher: mobility.</source>
        <translation>Abschluss: Beweglichkeit.</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Switch sides. Left side.</source>
        <translation>Seite wechseln. Linke Seite.</translation>
    </message>
    <message>
        <source>Switch sides. Right side.</source>
        <translation>Seite wechseln. Rechte Seite.</translation>
    </message>
    <message>
        <source>Left side first.</source>
        <translation>Zuerst die linke Seite.</translation>
    </message>
    <message>
        <source>Up.</source>
        <extracomment>Phase names, said on the first rep of a tempo or held rep.</extracomment>
        <translation>Hoch.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Halten.</translation>
    </message>
    <message>
        <source>Down.</source>
        <translation>Runter.</translation>
    </message>
    <message>
        <source>Release.</source>
        <translation>Lösen.</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Halbzeit.</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Training geschafft. Gut gemacht.</translation>
    </message>
    <message>
        <source>Again: {name}, set {number}, {side}.</source>
        <translation>Noch einmal: {name}, Satz {number}, {side}.</translation>
    </message>
    <message>
        <source>Again: {name}, set {number}.</source>
        <translation>Noch einmal: {name}, Satz {number}.</translation>
    </message>
    <message>
        <source>Rest. Next: set {number} of {total}, {side}.</source>
        <translation>Pause. Als Nächstes: Satz {number} von {total}, {side}.</translation>
    </message>
    <message>
        <source>Rest. Next: set {number} of {total}.</source>
        <translation>Pause. Als Nächstes: Satz {number} von {total}.</translation>
    </message>
    <message>
        <source>Get ready. {name}. {dose}.</source>
        <translation>Mach dich bereit: {name}, {dose}.</translation>
    </message>
    <message>
        <source>Next up: {name}. {dose}.</source>
        <translation>Als Nächstes: {name}, {dose}.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Your first session of stage {stage}</source>
        <translation>Deine erste Einheit in Stufe {stage}</translation>
    </message>
    <message>
        <source>Every stage {stage} target is met: move on when you are ready</source>
        <translation>Alle Ziele von Stufe {stage} sind erreicht: Geh weiter, wenn du bereit bist</translation>
    </message>
    <message>
        <source>Same dose as last time: do not increase it yet</source>
        <translation>Gleiche Dosis wie beim letzten Mal: noch nicht steigern</translation>
    </message>
    <message>
        <source>{pct}% less volume than usual today</source>
        <translation>Heute {pct} % weniger Umfang als sonst</translation>
    </message>
    <message>
        <source>Foundation moves and lighter volume until the pain settles</source>
        <translation>Grundübungen und weniger Umfang, bis der Schmerz abklingt</translation>
    </message>
    <message>
        <source>With moves from the stage before, to restart progress</source>
        <translation>Mit Übungen aus der vorigen Stufe, um wieder Fortschritte zu machen</translation>
    </message>
    <message>
        <source>Today&apos;s exercises</source>
        <translation>Heutige Übungen</translation>
    </message>
    <message>
        <source>No session today.</source>
        <translation>Heute keine Einheit.</translation>
    </message>
    <message>
        <source>Plus a warm-up of {warmup} moves first, a mobility finisher of {finisher} to end.</source>
        <translation>Dazu vorher ein Aufwärmen mit {warmup} Übungen und zum Schluss ein Mobilitäts-Abschluss mit {finisher}.</translation>
    </message>
    <message>
        <source>Plus a warm-up of {warmup} moves first.</source>
        <translation>Dazu vorher ein Aufwärmen mit {warmup} Übungen.</translation>
    </message>
    <message>
        <source>Plus a mobility finisher of {finisher} to end.</source>
        <translation>Dazu zum Schluss ein Mobilitäts-Abschluss mit {finisher} Übungen.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>No research gives this threshold: it is footgui&apos;s own choice.</source>
        <translation>Keine Studie nennt diese Schwelle: Sie ist footguis eigene Wahl.</translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation>Regel: {rule}</translation>
    </message>
    <message>
        <source>Rule: {rule} · Source: {source}</source>
        <translation>Regel: {rule} · Quelle: {source}</translation>
    </message>
    <message>
        <source>Stage targets</source>
        <translation>Stufenziele</translation>
    </message>
    <message>
        <source>Stage {stage}: maintenance</source>
        <translation>Stufe {stage}: Erhaltung</translation>
    </message>
    <message>
        <source>This is the last stage: keep the weekly plan going. Retest balance, ankle range and heel rises now and then to see that the gains hold.</source>
        <translation>Das ist die letzte Stufe: Führe den Wochenplan weiter. Teste Gleichgewicht, Sprunggelenkbeweglichkeit und Fersenheben ab und zu, um zu sehen, dass die Fortschritte halten.</translation>
    </message>
    <message>
        <source>To reach stage {stage}: {met} of {total} met</source>
        <translation>Bis Stufe {stage}: {met} von {total} erreicht</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>{pct}%</source>
        <translation>{pct} %</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>noch nichts fällig</translation>
    </message>
    <message>
        <source>{done} of {due} done so far</source>
        <translation>{done} von {due} bisher erledigt</translation>
    </message>
    <message>
        <source> (runs: {done} of {planned})</source>
        <translation> (Läufe: {done} von {planned})</translation>
    </message>
    <message>
        <source>Adherence this week: {value}</source>
        <translation>Trainingstreue diese Woche: {value}</translation>
    </message>
    <message>
        <source>{pct} percent</source>
        <translation>{pct} Prozent</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>{day}: planned {planned}; done {done}</source>
        <translation>{day}: geplant {planned}; erledigt {done}</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <extracomment>Where &quot;today&quot; comes from; tests set a fixed day.</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>&amp;Reminder…</source>
        <translation>&amp;Erinnerung …</translation>
    </message>
    <message>
        <source>A daily reminder at a time you choose</source>
        <translation>Eine tägliche Erinnerung zu einer Uhrzeit deiner Wahl</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>▶  Start</source>
        <translation>▶  Los</translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation>Zur nächsten Stufe wechseln</translation>
    </message>
    <message>
        <source>Not yet…</source>
        <translation>Noch nicht …</translation>
    </message>
    <message>
        <source>Not yet: stay in this stage</source>
        <translation>Noch nicht: in dieser Stufe bleiben</translation>
    </message>
    <message>
        <source>Move back a stage</source>
        <translation>Eine Stufe zurück</translation>
    </message>
    <message>
        <source>&amp;Choose another…</source>
        <translation>&amp;Andere wählen …</translation>
    </message>
    <message>
        <source>Another session today, or another stage, with your reason</source>
        <translation>Heute eine andere Einheit oder eine andere Stufe, mit deiner Begründung</translation>
    </message>
    <message>
        <source>Choose another session or stage</source>
        <translation>Andere Einheit oder Stufe wählen</translation>
    </message>
    <message>
        <source>Today&apos;s plan could not be worked out</source>
        <translation>Der heutige Plan ließ sich nicht ermitteln</translation>
    </message>
    <message>
        <source>footgui could not read your diary. The log has the details: {folder}</source>
        <translation>footgui konnte dein Tagebuch nicht lesen. Einzelheiten stehen im Protokoll: {folder}</translation>
    </message>
    <message>
        <source>{date} · Stage {stage} of {stages}: {name}</source>
        <translation>{date} · Stufe {stage} von {stages}: {name}</translation>
    </message>
    <message>
        <source>About {minutes} min · 1 exercise</source>
        <translation>Etwa {minutes} min · 1 Übung</translation>
    </message>
    <message>
        <source>About {minutes} min · {count} exercises</source>
        <translation>Etwa {minutes} min · {count} Übungen</translation>
    </message>
    <message>
        <source> · your choice</source>
        <translation> · deine Wahl</translation>
    </message>
    <message>
        <source>Nothing to start</source>
        <translation>Nichts zu starten</translation>
    </message>
    <message>
        <source>Start {session}</source>
        <translation>{session} starten</translation>
    </message>
    <message>
        <source>No session to start</source>
        <translation>Keine Einheit zu starten</translation>
    </message>
    <message>
        <source>Move to stage {stage}</source>
        <translation>Zu Stufe {stage} wechseln</translation>
    </message>
    <message>
        <source>Move back to stage {stage}…</source>
        <translation>Zurück zu Stufe {stage} …</translation>
    </message>
    <message>
        <source>What I did not know:</source>
        <translation>Was mir nicht bekannt war:</translation>
    </message>
    <message>
        <source>Started the program with the first session.</source>
        <translation>Das Programm mit der ersten Einheit begonnen.</translation>
    </message>
    <message>
        <source>Every stage {stage} target met: {met}</source>
        <translation>Alle Ziele von Stufe {stage} erreicht: {met}</translation>
    </message>
    <message>
        <source>Stay in this stage</source>
        <translation>In dieser Stufe bleiben</translation>
    </message>
    <message>
        <source>Why stay in stage {stage} for now? footgui will ask again in a week.</source>
        <translation>Warum vorerst in Stufe {stage} bleiben? footgui fragt in einer Woche wieder.</translation>
    </message>
    <message>
        <source>Move back to stage {stage} until the pain settles. Your reason:</source>
        <translation>Zurück zu Stufe {stage}, bis der Schmerz abklingt. Deine Begründung:</translation>
    </message>
    <message>
        <source>Pain rising: back to easier moves while it settles.</source>
        <translation>Schmerz nimmt zu: zurück zu leichteren Übungen, bis er abklingt.</translation>
    </message>
    <message>
        <source>Could not save your choice: {reason}</source>
        <translation>Deine Wahl ließ sich nicht speichern: {reason}</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Export your diary</source>
        <translation>Dein Tagebuch exportieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spreadsheet files&lt;/b&gt; give one tidy CSV file per kind of entry (check-ins, test results, runs, shoes) in a folder you choose.&lt;br&gt;&lt;br&gt;&lt;b&gt;A full backup&lt;/b&gt; is one JSON file with everything footgui holds, which Import can restore.</source>
        <translation>&lt;b&gt;Tabellendateien&lt;/b&gt; ergeben eine aufgeräumte CSV-Datei pro Eintragsart (Check-ins, Testergebnisse, Läufe, Schuhe) in einem Ordner deiner Wahl.&lt;br&gt;&lt;br&gt;&lt;b&gt;Eine vollständige Sicherung&lt;/b&gt; ist eine JSON-Datei mit allem, was footgui speichert, und lässt sich mit „Importieren“ wiederherstellen.</translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV)…</source>
        <translation>Tabellendateien (CSV) …</translation>
    </message>
    <message>
        <source>Full backup (JSON)…</source>
        <translation>Vollständige Sicherung (JSON) …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Einen Ordner für die CSV-Dateien wählen</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Sicherung speichern unter</translation>
    </message>
    <message>
        <source>footgui backup (*.json)</source>
        <translation>footgui-Sicherung (*.json)</translation>
    </message>
    <message>
        <source>Import a backup or CSV files</source>
        <translation>Eine Sicherung oder CSV-Dateien importieren</translation>
    </message>
    <message>
        <source>footgui files (*.json *.csv)</source>
        <translation>footgui-Dateien (*.json *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose either one backup (.json) or CSV files, not both.</source>
        <translation>Wähle entweder eine Sicherung (.json) oder CSV-Dateien, nicht beides.</translation>
    </message>
    <message>
        <source>Replace everything?</source>
        <translation>Alles ersetzen?</translation>
    </message>
    <message>
        <source>Restoring this backup replaces all your entries with the backup&apos;s. A copy of your current database is kept in the backups folder first.</source>
        <translation>Das Wiederherstellen dieser Sicherung ersetzt alle deine Einträge durch die der Sicherung. Vorher wird eine Kopie deiner aktuellen Datenbank im Sicherungsordner abgelegt.</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>Alles ersetzen</translation>
    </message>
    <message>
        <source>not a diary CSV file</source>
        <translation>keine CSV-Datei des Tagebuchs</translation>
    </message>
    <message>
        <source>a second file of this kind</source>
        <translation>eine zweite Datei dieser Art</translation>
    </message>
    <message>
        <source>Another export or import is still running.</source>
        <translation>Ein anderer Export oder Import läuft noch.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Das hat nicht geklappt: {reason}</translation>
    </message>
    <message>
        <source>That did not work because of a bug: {reason}. See the log.</source>
        <translation>Das hat wegen eines Programmfehlers nicht geklappt: {reason}. Siehe Protokoll.</translation>
    </message>
    <message>
        <source>Exported to {place}.</source>
        <translation>Exportiert nach {place}.</translation>
    </message>
    <message>
        <source>Imported {what}.</source>
        <translation>Importiert: {what}.</translation>
    </message>
    <message>
        <source>Imported nothing new.</source>
        <translation>Nichts Neues importiert.</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Export und Import</translation>
    </message>
    <message>
        <source>The problems, by file, row and field:</source>
        <translation>Die Probleme nach Datei, Zeile und Feld:</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>&amp;4 weeks</source>
        <translation>&amp;4 Wochen</translation>
    </message>
    <message>
        <source>1&amp;2 weeks</source>
        <translation>1&amp;2 Wochen</translation>
    </message>
    <message>
        <source>1 &amp;year</source>
        <translation>1 &amp;Jahr</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <source>How: stand on one leg, arms free, the other foot off the floor. The timer stops when the lifted foot touches down or the stance foot moves (eyes closed: when you open your eyes). Up to 45 s; best of 3 trials per side. The balance test in a session times it.</source>
        <translation>So geht es: Auf einem Bein stehen, Arme frei, der andere Fuß in der Luft. Die Zeit stoppt, wenn der angehobene Fuß aufsetzt oder sich der Standfuß bewegt (mit geschlossenen Augen: wenn du die Augen öffnest). Bis zu 45 s; bester von 3 Versuchen je Seite. Der Gleichgewichtstest im Training misst die Zeit.</translation>
    </message>
    <message>
        <source>Open the diary</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Start the balance test</source>
        <translation>Gleichgewichtstest starten</translation>
    </message>
    <message>
        <source>Go to a session</source>
        <translation>Zum Training</translation>
    </message>
    <message>
        <source>Left side: no tests recorded yet.</source>
        <translation>Linke Seite: noch keine Tests erfasst.</translation>
    </message>
    <message>
        <source>Right side: no tests recorded yet.</source>
        <translation>Rechte Seite: noch keine Tests erfasst.</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Gleichgewicht</translation>
    </message>
    <message>
        <source>Balance, eyes open</source>
        <translation>Gleichgewicht, Augen offen</translation>
    </message>
    <message>
        <source>No eyes open balance tests yet.</source>
        <translation>Noch keine Gleichgewichtstests mit offenen Augen.</translation>
    </message>
    <message>
        <source>Balance, eyes closed</source>
        <translation>Gleichgewicht, Augen geschlossen</translation>
    </message>
    <message>
        <source>No eyes closed balance tests yet.</source>
        <translation>Noch keine Gleichgewichtstests mit geschlossenen Augen.</translation>
    </message>
    <message>
        <source>Stance time (s)</source>
        <translation>Standzeit (s)</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>45 s test cap</source>
        <translation>Testgrenze 45 s</translation>
    </message>
    <message>
        <source>{side}: best of day</source>
        <translation>{side}: Tagesbestwert</translation>
    </message>
    <message>
        <source>{side}: {days}-day median</source>
        <translation>{side}: Median über {days} Tage</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Above the 45 s cap</source>
        <translation>Über der Grenze von 45 s</translation>
    </message>
    <message>
        <source>over 45 s</source>
        <translation>&gt; 45 s</translation>
    </message>
    <message>
        <source>recorded {value} s: above the {cap} s test cap, drawn at the cap</source>
        <translation>erfasst {value} s: über der Testgrenze von {cap} s, an der Grenze gezeichnet</translation>
    </message>
    <message>
        <source>norm {value} s</source>
        <translation>Norm {value} s</translation>
    </message>
    <message>
        <source>Green line: {label}: {low} s.</source>
        <translation>Grüne Linie: {label}: {low} s.</translation>
    </message>
    <message>
        <source>Green band: {label}: {low}-{high} s.</source>
        <translation>Grüner Bereich: {label}: {low}–{high} s.</translation>
    </message>
    <message>
        <source>Table values are provisional (a second-hand copy).</source>
        <translation>Die Tabellenwerte sind vorläufig (aus zweiter Hand).</translation>
    </message>
    <message>
        <source>First-step pain</source>
        <translation>Anlaufschmerz</translation>
    </message>
    <message>
        <source>first steps</source>
        <translation>Anlauf</translation>
    </message>
    <message>
        <source>Pain during exercise</source>
        <translation>Schmerz beim Training</translation>
    </message>
    <message>
        <source>during</source>
        <translation>währenddessen</translation>
    </message>
    <message>
        <source>Pain after exercise</source>
        <translation>Schmerz nach dem Training</translation>
    </message>
    <message>
        <source>after</source>
        <translation>danach</translation>
    </message>
    <message>
        <source>Next-morning pain</source>
        <translation>Schmerz am Folgemorgen</translation>
    </message>
    <message>
        <source>next morning</source>
        <translation>Folgemorgen</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Schmerz</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>No pain recorded yet.</source>
        <translation>Noch kein Schmerz erfasst.</translation>
    </message>
    <message>
        <source>How: each morning, note the pain of your first steps out of bed (0 = none, 10 = worst imaginable) in the Diary; on training days also the pain during and after exercise.</source>
        <translation>So geht es: Notiere jeden Morgen im Tagebuch den Schmerz deiner ersten Schritte nach dem Aufstehen (0 = keiner, 10 = der schlimmste vorstellbare); an Trainingstagen auch den Schmerz beim und nach dem Training.</translation>
    </message>
    <message>
        <source>Zones: {zones}. {source}. Dashed lines: stage changes (▲ up, ▼ back).</source>
        <translation>Zonen: {zones}. {source}. Gestrichelte Linien: Stufenwechsel (▲ hoch, ▼ zurück).</translation>
    </message>
    <message>
        <source>&amp;Mobility &amp;&amp; strength</source>
        <translation>&amp;Mobilität &amp;&amp; Kraft</translation>
    </message>
    <message>
        <source>Ankle mobility: knee-to-wall</source>
        <translation>Sprunggelenkbeweglichkeit: Knie zur Wand</translation>
    </message>
    <message>
        <source>Toe to wall</source>
        <translation>Zeh bis Wand</translation>
    </message>
    <message>
        <source>No knee-to-wall tests yet.</source>
        <translation>Noch keine Knie-zur-Wand-Tests.</translation>
    </message>
    <message>
        <source>How: face a wall, foot flat, and bend the knee to touch the wall without the heel lifting; move the foot back until you only just touch. Record the toe-to-wall distance for each foot in the Diary.</source>
        <translation>So geht es: Stell dich vor eine Wand, den Fuß flach, und beug das Knie bis zur Wand, ohne dass die Ferse abhebt; setz den Fuß zurück, bis du die Wand gerade noch berührst. Notiere den Abstand vom Zeh zur Wand für jeden Fuß im Tagebuch.</translation>
    </message>
    <message>
        <source>healthy mean</source>
        <translation>Mittelwert Gesunder</translation>
    </message>
    <message>
        <source>Calf endurance: single-leg heel rises to fatigue</source>
        <translation>Wadenausdauer: einbeiniges Fersenheben bis zur Ermüdung</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>No heel-rise tests yet.</source>
        <translation>Noch keine Fersenhebetests.</translation>
    </message>
    <message>
        <source>How: on one leg, rise as high as you can and lower, in time with a 60 bpm metronome, until you cannot keep the height or pace. Record the count for each leg in the Diary.</source>
        <translation>So geht es: Heb dich auf einem Bein so hoch du kannst und senk dich wieder, im Takt eines Metronoms mit 60 bpm, bis du Höhe oder Takt nicht mehr halten kannst. Notiere die Anzahl für jedes Bein im Tagebuch.</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Toe to wall ({unit})</source>
        <translation>Zeh bis Wand ({unit})</translation>
    </message>
    <message>
        <source>in (converted from cm, {cm} cm = 1 in)</source>
        <translation>in (aus cm umgerechnet, {cm} cm = 1 in)</translation>
    </message>
    <message>
        <source>Green: healthy adults 12 ± 2.8 cm (Hoch &amp; McKeon 2011). Dashed, per side: your first test ± 1.9 cm, the minimal detectable change (Powden 2015): a change inside these lines may be measurement noise. Units: {units}.</source>
        <translation>Grün: gesunde Erwachsene 12 ± 2,8 cm (Hoch &amp; McKeon 2011). Gestrichelt, je Seite: dein erster Test ± 1,9 cm, die kleinste nachweisbare Änderung (Powden 2015): Eine Änderung innerhalb dieser Linien kann Messungenauigkeit sein. Einheit: {units}.</translation>
    </message>
    <message>
        <source>Green: {label}: {low}-{high} reps.</source>
        <translation>Grün: {label}: {low}–{high} Wdh.</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Knie zur Wand</translation>
    </message>
    <message>
        <source>Heel rises</source>
        <translation>Fersenheben</translation>
    </message>
    <message>
        <source>&amp;Symmetry</source>
        <translation>S&amp;ymmetrie</translation>
    </message>
    <message>
        <source>Measu&amp;rement:</source>
        <translation>&amp;Test:</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Left minus right</source>
        <translation>Links minus rechts</translation>
    </message>
    <message>
        <source>Left − right</source>
        <translation>Links − rechts</translation>
    </message>
    <message>
        <source>No day has both sides measured yet.</source>
        <translation>Noch kein Tag mit Messungen beider Seiten.</translation>
    </message>
    <message>
        <source>The difference needs a left and a right result on the same day: the balance test times both sides; record knee-to-wall and heel rises for both feet in the Diary.</source>
        <translation>Für den Unterschied braucht es ein linkes und ein rechtes Ergebnis am selben Tag: Der Gleichgewichtstest misst beide Seiten; trag Knie-zur-Wand und Fersenheben für beide Füße im Tagebuch ein.</translation>
    </message>
    <message>
        <source>Within threshold</source>
        <translation>Innerhalb der Schwelle</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb</translation>
    </message>
    <message>
        <source>Over threshold (flagged)</source>
        <translation>Über der Schwelle (markiert)</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>left {left} {unit}, right {right} {unit}</source>
        <translation>links {left} {unit}, rechts {right} {unit}</translation>
    </message>
    <message>
        <source>Left − right ({unit})</source>
        <translation>Links − rechts ({unit})</translation>
    </message>
    <message>
        <source>Symmetry: {measure}</source>
        <translation>Symmetrie: {measure}</translation>
    </message>
    <message>
        <source>footgui&apos;s own rule</source>
        <translation>footguis eigene Regel</translation>
    </message>
    <message>
        <source>Above 0: the left side did better. Red lines: ± {limit}; a larger difference is flagged ({origin}).</source>
        <translation>Über 0: Die linke Seite war besser. Rote Linien: ± {limit}; ein größerer Unterschied wird markiert ({origin}).</translation>
    </message>
    <message>
        <source>Not shown: {left} day(s) with only the left side and {right} with only the right side measured.</source>
        <translation>Nicht gezeigt: {left} Tag(e) nur mit der linken und {right} nur mit der rechten Seite gemessen.</translation>
    </message>
    <message>
        <source>{flagged} of {days} days flagged.</source>
        <translation>{flagged} von {days} Tagen markiert.</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Belastung</translation>
    </message>
    <message>
        <source>Training sessions per week</source>
        <translation>Trainingseinheiten pro Woche</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>No training sessions yet.</source>
        <translation>Noch keine Trainingseinheiten.</translation>
    </message>
    <message>
        <source>Sessions you finish (or stop early) on the Session page are counted here.</source>
        <translation>Einheiten, die du auf der Trainingsseite beendest (oder vorzeitig abbrichst), werden hier gezählt.</translation>
    </message>
    <message>
        <source>Training minutes per week</source>
        <translation>Trainingsminuten pro Woche</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>No training minutes yet.</source>
        <translation>Noch keine Trainingsminuten.</translation>
    </message>
    <message>
        <source>The time from the start to the end of each session is added up per week.</source>
        <translation>Die Zeit vom Anfang bis zum Ende jeder Einheit wird pro Woche zusammengezählt.</translation>
    </message>
    <message>
        <source>Running distance per week</source>
        <translation>Laufstrecke pro Woche</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>No runs logged yet.</source>
        <translation>Noch keine Läufe erfasst.</translation>
    </message>
    <message>
        <source>Log each run&apos;s distance in the Diary; footgui adds them up per week and warns about a run much longer than your recent longest.</source>
        <translation>Trag die Strecke jedes Laufs im Tagebuch ein; footgui zählt sie pro Woche zusammen und warnt vor einem Lauf, der viel länger ist als dein längster der letzten Zeit.</translation>
    </message>
    <message>
        <source>Weekly distance</source>
        <translation>Wochenstrecke</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>Run spike</source>
        <translation>Laufspitze</translation>
    </message>
    <message>
        <source>run spikes</source>
        <translation>Laufspitzen</translation>
    </message>
    <message>
        <source>Finished sessions and sessions stopped early, Monday to Sunday.</source>
        <translation>Beendete und vorzeitig abgebrochene Einheiten, Montag bis Sonntag.</translation>
    </message>
    <message>
        <source>Time from start to end of each session, Monday to Sunday.</source>
        <translation>Zeit vom Anfang bis zum Ende jeder Einheit, Montag bis Sonntag.</translation>
    </message>
    <message>
        <source>{pct}% longer than the longest run of the 30 days before ({ref} {unit}); </source>
        <translation>{pct} % länger als der längste Lauf der 30 Tage davor ({ref} {unit}); </translation>
    </message>
    <message>
        <source>Distance ({unit})</source>
        <translation>Strecke ({unit})</translation>
    </message>
    <message>
        <source>Red triangles: runs over 10% longer than the longest run of the previous 30 days ({count} in all); such spikes were linked with more injuries ({source}).</source>
        <translation>Rote Dreiecke: Läufe, die über 10 % länger sind als der längste Lauf der 30 Tage davor ({count} insgesamt); solche Spitzen gingen mit mehr Verletzungen einher ({source}).</translation>
    </message>
    <message>
        <source>start</source>
        <extracomment>Stage event kinds as a chart marker names them.</extracomment>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>advance</source>
        <translation>aufgestiegen</translation>
    </message>
    <message>
        <source>regress</source>
        <translation>zurück</translation>
    </message>
    <message>
        <source>override</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>geblieben</translation>
    </message>
    <message>
        <source>stage {stage} ({change})</source>
        <translation>Stufe {stage} ({change})</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stufe {stage}</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Show {span}</source>
        <translation>{span} zeigen</translation>
    </message>
    <message>
        <source>Sets the time span of every chart.</source>
        <translation>Legt den Zeitraum aller Diagramme fest.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Nothing recorded in this period up to today; showing the {span} up to your last entry ({day}).</source>
        <translation>In diesem Zeitraum bis heute nichts erfasst; gezeigt werden die {span} bis zu deinem letzten Eintrag ({day}).</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>reps</source>
        <extracomment>Unit words that differ between languages (symbols like &quot;km&quot; and &quot;s&quot; do not).</extracomment>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Write the duration as h:mm:ss, mm:ss or minutes</source>
        <translation>Schreib die Dauer als h:mm:ss, mm:ss oder in Minuten</translation>
    </message>
    <message>
        <source>Enter a duration, like 45:00 or 1:05:30</source>
        <translation>Gib eine Dauer ein, z. B. 45:00 oder 1:05:30</translation>
    </message>
    <message>
        <source>A duration cannot be negative</source>
        <translation>Eine Dauer kann nicht negativ sein</translation>
    </message>
    <message>
        <source>Minutes and seconds after a colon must be below 60</source>
        <translation>Minuten und Sekunden nach einem Doppelpunkt müssen unter 60 liegen</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Exercise video</source>
        <translation>Übungsvideo</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>intrinsic</source>
        <translation>Fußmuskulatur</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>Gleichgewicht</translation>
    </message>
    <message>
        <source>plyometric</source>
        <translation>Sprungkraft</translation>
    </message>
    <message>
        <source>agility</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>cool-down</source>
        <translation>Ausklang</translation>
    </message>
    <message>
        <source>running</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>band anchor</source>
        <translation>Befestigung für das Band</translation>
    </message>
    <message>
        <source>towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>soft pad</source>
        <translation>weiche Unterlage</translation>
    </message>
    <message>
        <source>cones</source>
        <translation>Hütchen</translation>
    </message>
    <message>
        <source>ladder</source>
        <translation>Koordinationsleiter</translation>
    </message>
    <message>
        <source>kettlebell</source>
        <translation>Kettlebell</translation>
    </message>
    <message>
        <source>backpack</source>
        <translation>Rucksack</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>hill</source>
        <translation>Hügel</translation>
    </message>
    <message>
        <source>mirror</source>
        <translation>Spiegel</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Single-leg balance, eyes open</source>
        <extracomment>Diary test kinds, as a form or a list names them.</extracomment>
        <translation>Einbeinstand, Augen offen</translation>
    </message>
    <message>
        <source>Single-leg balance, eyes closed</source>
        <translation>Einbeinstand, Augen geschlossen</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Knie zur Wand</translation>
    </message>
    <message>
        <source>Heel rises to fatigue</source>
        <translation>Fersenheben bis zur Ermüdung</translation>
    </message>
    <message>
        <source>balance, eyes open</source>
        <extracomment>The same, short: for a table cell.</extracomment>
        <translation>Gleichgewicht, Augen offen</translation>
    </message>
    <message>
        <source>balance, eyes closed</source>
        <translation>Gleichgewicht, Augen geschlossen</translation>
    </message>
    <message>
        <source>knee-to-wall</source>
        <translation>Knie zur Wand</translation>
    </message>
    <message>
        <source>heel rises</source>
        <translation>Fersenheben</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>locker</translation>
    </message>
    <message>
        <source>strides</source>
        <translation>Steigerungen</translation>
    </message>
    <message>
        <source>tempo run</source>
        <translation>Tempolauf</translation>
    </message>
    <message>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>hills</source>
        <translation>Hügel</translation>
    </message>
    <message>
        <source>grass</source>
        <translation>Rasen</translation>
    </message>
    <message>
        <source>track</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>trail</source>
        <translation>Trail</translation>
    </message>
    <message>
        <source>road</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>treadmill</source>
        <translation>Laufband</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Weich</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexibel</translation>
    </message>
    <message>
        <source>Rigid</source>
        <translation>Starr</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Start the program</source>
        <extracomment>What each action is called (English in the CLI; the GUI shows them through ``localize``).</extracomment>
        <translation>Programm beginnen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Ready for the next stage</source>
        <translation>Bereit für die nächste Stufe</translation>
    </message>
    <message>
        <source>Hold the dose</source>
        <translation>Dosis halten</translation>
    </message>
    <message>
        <source>Reduce volume</source>
        <translation>Umfang verringern</translation>
    </message>
    <message>
        <source>Back to the foundation moves</source>
        <translation>Zurück zu den Grundübungen</translation>
    </message>
    <message>
        <source>Bring back earlier moves</source>
        <translation>Frühere Übungen zurückholen</translation>
    </message>
    <message>
        <source>Rest and seek advice</source>
        <translation>Pause machen und Rat einholen</translation>
    </message>
    <message>
        <source>Reduce volume by {pct}%</source>
        <translation>Umfang um {pct} % verringern</translation>
    </message>
    <message>
        <source>T. Goom (clinical usage, not in the paper)</source>
        <extracomment>Rule sources from program.toml whose words (not the author and year) need translating.</extracomment>
        <translation>T. Goom (klinische Praxis, nicht in der Studie)</translation>
    </message>
    <message>
        <source>Riel (FIX-Heel protocol)</source>
        <translation>Riel (FIX-Heel-Protokoll)</translation>
    </message>
    <message>
        <source>common protocol</source>
        <translation>übliches Protokoll</translation>
    </message>
    <message>
        <source>footgui&apos;s own rule</source>
        <translation>footguis eigene Regel</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>The speech engine {engine} failed to start.</source>
        <translation>Die Sprachausgabe {engine} ließ sich nicht starten.</translation>
    </message>
    <message>
        <source>The speech engine is starting.</source>
        <translation>Die Sprachausgabe startet.</translation>
    </message>
    <message>
        <source>The speech engine did not answer within {seconds} s (speech-dispatcher may be stuck); using beeps.</source>
        <translation>Die Sprachausgabe hat nicht innerhalb von {seconds} s geantwortet (speech-dispatcher hängt vielleicht); es gibt Signaltöne.</translation>
    </message>
    <message>
        <source>The speech helper could not start: {error}</source>
        <translation>Der Sprachhelfer konnte nicht starten: {error}</translation>
    </message>
    <message>
        <source>The speech engine stopped (exit code {code}); using beeps.</source>
        <translation>Die Sprachausgabe wurde beendet (Exit-Code {code}); es gibt Signaltöne.</translation>
    </message>
    <message>
        <source>Speech is switched off (sound/engine = none).</source>
        <translation>Die Sprachausgabe ist ausgeschaltet (sound/engine = none).</translation>
    </message>
    <message>
        <source>The speech engine “{engine}” is not installed; using beeps.</source>
        <translation>Die Sprachausgabe „{engine}“ ist nicht installiert; es gibt Signaltöne.</translation>
    </message>
    <message>
        <source>{reason} Using beeps.</source>
        <translation>{reason} Es gibt Signaltöne.</translation>
    </message>
</context>
<context>
    <name>VoiceProbe</name>
    <message>
        <source>The speech engine gave no answer.</source>
        <translation>Die Sprachausgabe hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The speech engine&apos;s answer could not be read.</source>
        <translation>Die Antwort der Sprachausgabe ließ sich nicht lesen.</translation>
    </message>
    <message>
        <source>The speech helper could not start: {reason}</source>
        <translation>Das Sprachhilfsprogramm ließ sich nicht starten: {reason}</translation>
    </message>
    <message>
        <source>The speech engine did not answer within {seconds} s (speech-dispatcher may be stuck).</source>
        <translation>Die Sprachausgabe hat nicht innerhalb von {seconds} s geantwortet (speech-dispatcher hängt vielleicht).</translation>
    </message>
</context>
</TS>
