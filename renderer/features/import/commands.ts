/** The PowerShell exports the import reads (DOMAIN.md "PowerShell the app asks for"), keyed by their help label. */
export const importCommands = [
  {
    id: 'servers',
    command:
      'Get-ExchangeServer | Select-Object Name,Edition,AdminDisplayVersion,IsExchangeTrialEdition,RemainingTrialPeriod,ServerRole | Export-Csv servers.csv -NoTypeInformation -Encoding UTF8',
  },
  {
    id: 'mailboxes',
    command:
      "Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName,Alias,PrimarySmtpAddress,UserPrincipalName,SamAccountName,RecipientTypeDetails,ArchiveStatus,ArchiveState,LitigationHoldEnabled,@{n='InPlaceHolds';e={$_.InPlaceHolds -join ';'}},WhenCreated,Database | Export-Csv mailboxes.csv -NoTypeInformation -Encoding UTF8",
  },
  {
    id: 'adUsers',
    command:
      'Get-ADUser -Filter * -Properties mail,Enabled,LastLogonDate,whenCreated,Department,Title | Select-Object GivenName,Surname,SamAccountName,UserPrincipalName,mail,Enabled,LastLogonDate,whenCreated,Department,Title | Export-Csv adusers.csv -NoTypeInformation -Encoding UTF8',
  },
  {
    id: 'exchangeUsers',
    command:
      'Get-User -ResultSize Unlimited | Select-Object Name,DisplayName,FirstName,LastName,SamAccountName,UserPrincipalName,WindowsEmailAddress,RecipientTypeDetails,UserAccountControl,Department | Export-Csv users.csv -NoTypeInformation -Encoding UTF8',
  },
  { id: 'calUsage', command: 'Get-ExchangeServerAccessLicense | Export-Csv cal-usage.csv -NoTypeInformation -Encoding UTF8' },
  {
    id: 'calUsers',
    command: 'Get-ExchangeServerAccessLicenseUser -LicenseName "Exchange Server 2019 Standard CAL" | Export-Csv cal-users.csv -NoTypeInformation -Encoding UTF8',
  },
] as const;
