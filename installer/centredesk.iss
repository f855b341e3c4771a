; Inno Setup script of CentreDesk for Windows 10/11 (x64). See installer/README.md.
;
; Build the one-folder program first (pyinstaller installer\centredesk.spec, on Windows), then:
;   iscc /DAppVersion=0.1.0 installer\centredesk.iss
; With a code-signing certificate configured as the sign tool "signtool" in Inno Setup:
;   iscc /DAppVersion=0.1.0 /DSign "/Ssigntool=signtool.exe sign /fd sha256 /tr TIMESTAMP_URL /td sha256 /a $f" installer\centredesk.iss
;
; The program goes to Program Files; the data to ProgramData\CentreDesk, writable by every
; user of the PC, named in centredesk.ini beside the program (storage/locations.py reads it).
; Uninstalling removes the program and keeps the data.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z installer\centredesk.iss
#endif
#define AppName "CentreDesk"
#define AppExe "CentreDesk.exe"
#define DataFolder "{commonappdata}\CentreDesk"

[Setup]
; The AppId identifies CentreDesk across versions, so that an upgrade replaces the old one.
AppId={{2253D50B-55E0-4ED0-9AF8-01AF4A80EECE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CentreDesk
AppComments=Staff, daily workload, volunteers and month-end performance pay
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\resources\icons\centredesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma warning "ChineseSimplified.isl is not in Inno Setup's Languages folder: English only"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Dirs]
; Every user of the PC works on the same centre database; the folder outlives the program.
Name: "{#DataFolder}"; Permissions: users-modify; Flags: uninsneveruninstall
Name: "{#DataFolder}\backups"; Permissions: users-modify; Flags: uninsneveruninstall

[Files]
Source: "..\dist\CentreDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\resources\icons\centredesk.ico"; DestDir: "{app}"; Flags: ignoreversion

[INI]
; Read by the program at start to find the machine-wide data folder.
Filename: "{app}\centredesk.ini"; Section: "data"; Key: "folder"; String: "{#DataFolder}"; Flags: uninsdeletesection

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\centredesk.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\centredesk.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] of the data folder: the centre's database and its backups are kept.

