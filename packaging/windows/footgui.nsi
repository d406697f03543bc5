; footgui's Windows installer (NSIS 3, Unicode). Built by packaging/build.py nsis:
;   makensis /DVERSION=0.1.0 /DSRCDIR=build\dist\footgui /DOUTFILE=...setup.exe
;            /DICON=build\icons\footgui.ico /DLICENSEFILE=packaging\linux\copyright footgui.nsi
; Installs the PyInstaller one-folder build into Program Files, adds a
; Start-menu entry and an uninstaller (Apps & features). It registers no file
; associations and changes nothing else on the system.
; /DSTANDIN (Linux CI check only): store files uncompressed so compiling the
; script against the Linux payload is quick.

Unicode true
!include "MUI2.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "define VERSION (e.g. /DVERSION=0.1.0)"
!endif
!ifndef SRCDIR
  !error "define SRCDIR: the PyInstaller folder build\dist\footgui"
!endif
!ifndef OUTFILE
  !define OUTFILE "footgui-${VERSION}-setup.exe"
!endif

!define APPNAME "footgui"
!define PUBLISHER "footgui developers"
!define HOMEPAGE "https://github.com/footgui/footgui"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\footgui"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "Software\${APPNAME}" "InstallDir"
RequestExecutionLevel admin
BrandingText "${APPNAME} ${VERSION}"
!ifdef STANDIN
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${APPNAME} installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "footgui developers (MIT); Qt and FFmpeg under the LGPL"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\footgui.exe"

!insertmacro MUI_PAGE_WELCOME
!ifdef LICENSEFILE
  !insertmacro MUI_PAGE_LICENSE "${LICENSEFILE}"
!endif
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "footgui needs 64-bit Windows 10 or later."
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "footgui" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; A previous version's files would otherwise mix with this one's.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SRCDIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\footgui.exe" "" "$INSTDIR\footgui.exe" 0

  WriteRegStr HKLM "Software\${APPNAME}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTKEY}" "URLInfoAbout" "${HOMEPAGE}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\footgui.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  SectionGetSize ${SecMain} $0
  WriteRegDWORD HKLM "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  ; Only what the installer put there: the user's data (in %LOCALAPPDATA%\footgui) stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\footgui.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
  DeleteRegKey HKLM "Software\${APPNAME}"
SectionEnd
