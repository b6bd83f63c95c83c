/** The PowerShell the vendor guide asks the admin to run; placeholders stay visible when a value is unknown. */

const quote = (value: string) => (/^[\w.@-]+$/.test(value) || /^<[^>]+>$/.test(value) ? value : `'${value.replace(/'/g, "''")}'`);

export function activationCommand(serverName: string, keyPlaceholder: string): string {
  return `Set-ExchangeServer -Identity ${quote(serverName)} -ProductKey ${keyPlaceholder}`;
}

export const serverStatusCommand = 'Get-ExchangeServer | Format-List Name,Edition,AdminDisplayVersion,IsExchangeTrialEdition,RemainingTrialPeriod';

export const restartServicesCommand = 'Restart-Service MSExchangeIS';

export function accountCommand(login: string): string {
  return `Get-ADUser ${quote(login)} | Select Enabled`;
}

export function mailboxCommand(email: string): string {
  return `Get-Mailbox ${quote(email)} | Select RecipientTypeDetails`;
}
