/**
 * What a hand-kept register sheet adds to people already in the register: an e-mail, login or
 * department the register leaves empty. Never a value the register has (the register is the record;
 * a sheet only fills its gaps), and never an address or login someone else has or gets in the same
 * import: people are found again by them.
 */
import type { Person } from '../domain/model';
import { addressKey, loginKey } from '../domain/account-keys';
import type { PeopleIndex } from './directory';
import { personName } from './directory';
import type { KeyMaker } from './preview';
import type { FactChange, PersonRef, PersonUpdate } from './preview-types';
import { clipText, isEmailAddress } from './values';

type SheetFill = Pick<PersonUpdate['fill'], 'email' | 'login' | 'department'>;

export class SheetFills {
  readonly #found = new Map<string, { person: Person; at: number; fill: SheetFill }>();

  /** `incoming`: the people of this import by `e:`/`l:` key (preview-sheets.ts `idKeysOf`). */
  constructor(
    private readonly index: PeopleIndex,
    private readonly incoming: ReadonlyMap<string, PersonRef>,
  ) {}

  /** A row of the sheet that names `person` (found by e-mail or login), with the sheet's values; the first row to give one wins. */
  note(person: Person, row: { email: string; login: string; department: string }): void {
    const email = clipText(row.email.trim());
    const login = clipText(row.login.trim());
    // A row whose e-mail is one person's and login another's contradicts itself: it fills no one.
    const byEmail = email ? this.index.byIdentity([email], '') : null;
    const byLogin = login ? this.index.byIdentity([], login) : null;
    if (byEmail && byLogin && byEmail.id !== byLogin.id) return;
    const entry = this.#found.get(person.id) ?? { person, at: this.index.positionOf([person.email], person.login), fill: {} };
    const { fill } = entry;
    if (fill.email === undefined && person.email === '' && isEmailAddress(email)) fill.email = email;
    if (fill.login === undefined && person.login === '' && login !== '') fill.login = login;
    const department = clipText(row.department.trim());
    if (fill.department === undefined && person.department === '' && department !== '') fill.department = department;
    if (Object.keys(fill).length > 0) this.#found.set(person.id, entry);
  }

  /** Whether no one else in the register, or new in this import, is found by this address or login. */
  #free(person: Person, key: string, emails: readonly string[], login: string): boolean {
    const owner = this.index.byIdentity(emails, login);
    if (owner !== null && owner.id !== person.id) return false;
    const ref = this.incoming.get(key);
    return ref === undefined || (ref.kind === 'existing' && ref.personId === person.id);
  }

  /**
   * One update per person, with what it fills (no directory facts: a sheet has none). Addresses and
   * logins are checked against the whole import's people, so a later row's new person keeps theirs.
   */
  updates(keys: KeyMaker): PersonUpdate[] {
    const out: PersonUpdate[] = [];
    for (const { person, at, fill: noted } of this.#found.values()) {
      const fill: SheetFill = { ...noted };
      if (fill.email !== undefined && !this.#free(person, `e:${addressKey(fill.email)}`, [fill.email], '')) delete fill.email;
      if (fill.login !== undefined && !this.#free(person, `l:${loginKey(fill.login)}`, [fill.login], fill.login)) delete fill.login;
      if (Object.keys(fill).length === 0) continue;
      out.push({ key: keys.make(`fill:${person.id}`), personId: person.id, at, name: personName(person), facts: null, fill, changes: fillChanges(person, fill) });
    }
    return out;
  }
}

/** The fields a fill gives a value, as changes from the register's (empty) one. */
export function fillChanges(person: Person, fill: PersonUpdate['fill']): FactChange[] {
  const changes: FactChange[] = [];
  for (const field of ['givenName', 'surname', 'email', 'login', 'department'] as const) {
    const after = fill[field];
    if (after) changes.push({ field, before: person[field], after });
  }
  return changes;
}

/**
 * The directory's updates with the sheets' fills: a person both name gets one update, the sheet
 * adding only what the directory's does not fill.
 */
export function withSheetFills(directory: readonly PersonUpdate[], sheets: readonly PersonUpdate[], people: readonly Person[]): PersonUpdate[] {
  if (sheets.length === 0) return directory as PersonUpdate[];
  const byPerson = new Map(directory.map((u, i) => [u.personId, i]));
  const out = directory.slice();
  for (const s of sheets) {
    const i = byPerson.get(s.personId);
    if (i === undefined) {
      out.push(s);
      continue;
    }
    const d = out[i]!;
    const fill = { ...s.fill, ...d.fill };
    const person = people[d.at]?.id === d.personId ? people[d.at]! : people.find((p) => p.id === d.personId);
    const added = person ? fillChanges(person, Object.fromEntries(Object.entries(s.fill).filter(([field]) => !(field in d.fill)))) : [];
    out[i] = { ...d, fill, changes: [...d.changes, ...added] };
  }
  return out;
}
