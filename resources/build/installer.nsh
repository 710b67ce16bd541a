; Included by electron-builder's NSIS installer (electron-builder.json: nsis.include).
; The machine's policy folder, %ProgramData%\Pust, may be changed by administrators and SYSTEM
; only: a standard user who made it first could otherwise lock settings for everyone on the
; machine (docs/admin.md, "Safe by construction"). Pust itself also refuses a policy.json that
; others can change, and says why on its policy page.
!macro customInstall
  ReadEnvStr $0 ProgramData
  StrCmp $0 "" pust_policy_done
  CreateDirectory "$0\Pust"
  ; Drop any entries someone else put there, make Administrators the owner, then grant only
  ; SYSTEM and Administrators full control and Users read (SIDs, so any Windows language works).
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$0\Pust" /reset /Q'
  Pop $1
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$0\Pust" /setowner *S-1-5-32-544 /Q'
  Pop $1
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$0\Pust" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /Q'
  Pop $1
  pust_policy_done:
!macroend
