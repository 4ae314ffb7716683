@echo off
rem Parcours launcher for Windows: runs the parcours-<version>.jar beside this file with Java 17 or later,
rem taken from JAVA_HOME when it is set, else from the PATH.
setlocal EnableDelayedExpansion

set "JAR="
for %%F in ("%~dp0parcours-*.jar") do set "JAR=%%~fF"
if not defined JAR (
  echo parcours: no parcours-*.jar beside %~f0: unpack the whole release archive 1>&2
  exit /b 1
)

set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"

set "VERSION="
for /f "tokens=3" %%V in ('call "%JAVA%" -version 2^>^&1 ^| findstr /i /c:"version"') do set "VERSION=%%~V"
if not defined VERSION (
  echo parcours: Java 17 or later is needed, and none was found ^(JAVA_HOME is not set, no java on the PATH^). 1>&2
  echo   install one ^(for example Eclipse Temurin 17^) or set JAVA_HOME 1>&2
  exit /b 1
)
for /f "delims=._-" %%M in ("!VERSION!") do set "MAJOR=%%M"
if "!MAJOR!"=="1" for /f "tokens=2 delims=._-" %%M in ("!VERSION!") do set "MAJOR=%%M"
if !MAJOR! LSS 17 (
  echo parcours: Java 17 or later is needed; "%JAVA%" is Java !VERSION!. Install a newer one or set JAVA_HOME. 1>&2
  exit /b 1
)

"%JAVA%" %PARCOURS_JAVA_OPTS% -jar "%JAR%" %*
exit /b !ERRORLEVEL!
