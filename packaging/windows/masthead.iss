; Inno Setup script: the Windows installer for the PyInstaller folder dist\masthead\.
; Not run on our Linux machines; see README "Packaging" and .github/workflows/bundles.yml.
;
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\masthead.spec
;   iscc /DAppVersion=0.2.0 packaging\windows\masthead.iss      -> dist\Masthead-0.2.0-setup.exe
;
; Installs per user by default (no administrator needed), adds a Start menu entry, "Open with
; Masthead" for .ics/.xlsx/.xls/.ods/.csv (without taking over the default program), and
; masthead-cli.exe for `masthead-cli consolidate ...` in a terminal.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6E1C7B9E-3F1A-4C57-9A63-4D2B8F0C5A11}
AppName=Masthead
AppVersion={#AppVersion}
AppPublisher=Masthead
DefaultDirName={autopf}\Masthead
DefaultGroupName=Masthead
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=Masthead-{#AppVersion}-setup
SetupIconFile={#Root}\build\masthead.ico
UninstallDisplayIcon={app}\masthead.exe
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "{#Root}\dist\masthead\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Masthead"; Filename: "{app}\masthead.exe"
Name: "{group}\Masthead demo"; Filename: "{app}\masthead.exe"; Parameters: "--demo"
Name: "{autodesktop}\Masthead"; Filename: "{app}\masthead.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; one ProgID that imports a file; each extension lists it under "Open with"
Root: HKA; Subkey: "Software\Classes\Masthead.Calendar"; ValueType: string; ValueData: "Calendar or plan for Masthead"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Masthead.Calendar\DefaultIcon"; ValueType: string; ValueData: "{app}\masthead.exe,0"
Root: HKA; Subkey: "Software\Classes\Masthead.Calendar\shell\open\command"; ValueType: string; ValueData: """{app}\masthead.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.ics\OpenWithProgids"; ValueType: string; ValueName: "Masthead.Calendar"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "Masthead.Calendar"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.xls\OpenWithProgids"; ValueType: string; ValueName: "Masthead.Calendar"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ods\OpenWithProgids"; ValueType: string; ValueName: "Masthead.Calendar"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "Masthead.Calendar"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\masthead.exe\SupportedTypes"; ValueType: string; ValueName: ".ics"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\masthead.exe\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\masthead.exe\SupportedTypes"; ValueType: string; ValueName: ".xls"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\masthead.exe\SupportedTypes"; ValueType: string; ValueName: ".ods"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\masthead.exe\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""

[Run]
Filename: "{app}\masthead.exe"; Description: "{cm:LaunchProgram,Masthead}"; Flags: nowait postinstall skipifsilent
