/**
 * How people and directory accounts are told apart: by e-mail or UPN (one namespace) and by login,
 * never by name. Every place that matches them (the compliance engine, the import's join and its
 * index of register people, the person form's clash check, the CLI's lookup) compares these keys,
 * so that what one calls the same account the others do too.
 */

/** An e-mail address or UPN as matching compares it: trimmed, lower case. */
export const addressKey = (value: string): string => value.trim().toLowerCase();

/** `DOMAIN\login` as Windows writes it: the login alone (`login` and `DOMAIN\login` are the same account). */
export const withoutDomain = (login: string): string => (login.includes('\\') ? login.slice(login.lastIndexOf('\\') + 1) : login);

/** A login as matching compares it: without its domain, trimmed, lower case. */
export const loginKey = (value: string): string => addressKey(withoutDomain(value));
