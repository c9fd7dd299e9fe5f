; Inno Setup script for Keepsake on Windows.
; Build the app first on Windows:  py -m PyInstaller --noconfirm packaging\keepsake.spec
; then compile this script with Inno Setup 6 (ISCC packaging\windows\keepsake.iss).
; It installs per user (no administrator rights), adds a Start menu entry and an uninstaller.
; Uninstalling leaves the user's encrypted data in %APPDATA%\Keepsake untouched.

#define AppName "Keepsake"
#define AppVersion "0.1.0"

[Setup]
AppId={{5D1C4D0E-7A0B-4C8B-9B8F-4B6E2A9D1C01}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Keepsake contributors
DefaultDirName={localappdata}\Programs\Keepsake
DefaultGroupName=Keepsake
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=Keepsake-{#AppVersion}-setup
SetupIconFile=..\..\assets\keepsake.ico
UninstallDisplayIcon={app}\keepsake.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\keepsake\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Keepsake"; Filename: "{app}\keepsake.exe"
Name: "{group}\Uninstall Keepsake"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\keepsake.exe"; Description: "Start Keepsake"; Flags: nowait postinstall skipifsilent
