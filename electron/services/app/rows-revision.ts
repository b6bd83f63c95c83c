import type { RegisterDocument } from '../../../shared/domain/model';
import { rowsMayDiffer } from '../ledger/ledger';
import type { OpenRegister } from '../register/open-register';

/**
 * The revision of the people's rows of the register open (`RowsAt.revision`): the window keeps its list while main's
 * rows are at the revision (and the day) of that list. It moves on at each opening, and whenever the document holds a
 * change that may change someone's row (`rowsMayDiffer`), whoever made it (the window, main's menu, a test through the
 * app core). It is read, not pushed: each read compares the document with the one last read. A number is never given
 * again for other rows, so the window needs no other mark of the opening.
 */
export class RowsRevision {
  #revision = 0;
  #seen: { register: OpenRegister; document: RegisterDocument } | null = null;

  /** The revision of `register`'s rows now. */
  of(register: OpenRegister): number {
    const document = register.document;
    const seen = this.#seen;
    if (seen === null || seen.register !== register) {
      this.#revision += 1;
      this.#seen = { register, document };
    } else if (seen.document !== document) {
      if (rowsMayDiffer(seen.document, document)) this.#revision += 1;
      seen.document = document;
    }
    return this.#revision;
  }

  /** The register closed: its document is not held for the next read, which is of another opening. */
  forget(): void {
    this.#seen = null;
  }
}
