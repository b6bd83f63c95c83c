@echo off
rem CAL Register command line, run by the system Node.js (20 or later): the app itself cannot run scripts.
setlocal
rem Node from PATH only, never a node.exe in the folder the command runs in (a shared register folder).
set NoDefaultCurrentDirectoryInExePath=1
where node >nul 2>nul
if errorlevel 1 (
  echo cal-register: Node.js 20 or later is needed on PATH / potrzebny jest Node.js 20 lub nowszy w PATH 1>&2
  exit /b 2
)
node "%~dp0cal-register.mjs" %*
