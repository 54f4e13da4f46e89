; Khedmat's Windows installer (Inno Setup 6.5 or later). packaging/build.py compiles it after
; the bundle is made:
;   ISCC /DAppVersion=X.Y.Z /DBundleDir=..\dist\khedmat /O..\dist packaging\khedmat.iss
; The version comes from pyproject.toml (build.py reads it); the script has no version of its own.
;
; Languages: Arabic.isl ships with Inno Setup 6 (right-to-left pages). Persian does not: it is
; the translators' Files/Languages/Unofficial/Farsi.isl of jrsoftware/issrc (RightToLeft=yes),
; which build.py finds in packaging\Farsi.isl (the Windows workflow downloads it there) or in
; the compiler's Languages\Unofficial folder, and passes as /DFarsiMessages=PATH.
;
; The clerk's data (the database, its backups, the log, this PC's settings) lives in the
; user's app-data folder (%LOCALAPPDATA%\Khedmat), never in the install folder: the uninstaller
; removes the program and leaves the data and its backups where they are.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (packaging/build.py does)
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\khedmat"
#endif
#ifndef FarsiMessages
  #define FarsiMessages "compiler:Languages\Unofficial\Farsi.isl"
#endif

[Setup]
; the same id for every version: an upgrade replaces the installed program instead of adding one
AppId={{EC9CBD94-E69C-48E3-9234-0D777E640721}
AppName=Khedmat
AppVersion={#AppVersion}
AppVerName=Khedmat {#AppVersion}
AppPublisher=Khedmat
VersionInfoVersion={#AppVersion}
; per machine: every clerk of the PC finds it in the Start menu, each with their own data
PrivilegesRequired=admin
DefaultDirName={autopf}\Khedmat
DefaultGroupName=Khedmat
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayIcon={app}\khedmat.exe
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayName=Khedmat
OutputBaseFilename=Khedmat-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
; a running Khedmat is asked to close (it asks the clerk about unsaved forms) before its files are replaced
CloseApplications=yes
RestartApplications=no

[Languages]
; Persian first: on a PC whose language is neither, setup speaks Persian
Name: "persian"; MessagesFile: "{#FarsiMessages}"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
persian.AppTitle=خدمت
arabic.AppTitle=خدمة
english.AppTitle=Khedmat
persian.AppComment=میز خدمات پس از فروش
arabic.AppComment=مكتب خدمة ما بعد البيع
english.AppComment=After-sales service desk
persian.LaunchApp=اجرای خدمت
arabic.LaunchApp=تشغيل خدمة
english.LaunchApp=Launch Khedmat

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; the previous version's libraries go before this version's are copied: a Qt DLL left from an
; older version beside newer ones is the classic failure of an upgraded frozen Qt program
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\khedmat.exe"
Type: files; Name: "{app}\khedmat-cli.exe"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\khedmat.exe"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\khedmat.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
; as the clerk who ran setup, not as the administrator it asked for: the data folder is the clerk's
Filename: "{app}\khedmat.exe"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent runasoriginaluser
