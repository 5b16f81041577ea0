/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* AictMo: a small, safe reader of GNU gettext message catalogs (.mo).
 *
 * Used by the codelists to read the translations of iso-codes for a
 * language other than the one of the current locale, without touching the
 * process-wide gettext state.
 *
 * The reader accepts the magic 0x950412de in either byte order and major
 * revisions 0 and 1.  Every table offset, string offset and string length is
 * checked against the size of the data (in 64-bit arithmetic, so nothing
 * wraps), and every string must be followed by its NUL inside the data; any
 * violation rejects the whole catalog with AICT_ERROR_CORRUPT.  Entries that
 * a simple msgid → msgstr map cannot represent are skipped, not rejected:
 * the header (empty msgid), plural entries (a NUL inside the msgid or the
 * msgstr), entries with a context (EOT, U+0004, in the msgid), untranslated
 * entries (empty msgstr) and strings that are not valid UTF-8.  A catalog
 * whose header declares a charset other than UTF-8 is rejected with
 * AICT_ERROR_FAILED.  When a msgid occurs twice, the first one wins.
 *
 * The strings returned by aict_mo_lookup() point into the catalog's data
 * and are valid as long as the AictMo.  An AictMo is immutable once made,
 * so lookups may run in several threads at once. */

#include <glib.h>

G_BEGIN_DECLS

/* Catalogs larger than this are refused (AICT_ERROR_LIMIT); the largest
 * iso-codes catalog (iso_639-3, some languages) is about 1 MiB. */
#define AICT_MO_MAX_SIZE (64u * 1024u * 1024u)

typedef struct _AictMo AictMo;

/* Parses @bytes (which it references).  Returns NULL and sets @error on
 * failure: AICT_ERROR_CORRUPT for damaged data, AICT_ERROR_FAILED for an
 * unsupported charset, AICT_ERROR_LIMIT above AICT_MO_MAX_SIZE. */
AictMo      *aict_mo_new_from_bytes (GBytes        *bytes,
                                     GError       **error);

/* Reads the whole regular file @path (at most AICT_MO_MAX_SIZE bytes) and
 * parses it.  A missing file is G_FILE_ERROR_NOENT (so callers can tell
 * "no translation" from "broken translation"); other read failures are
 * G_FILE_ERROR too; a file that is not a regular file or is too large is
 * AICT_ERROR_IO or AICT_ERROR_LIMIT; parse failures are as above.  Messages
 * name the file. */
AictMo      *aict_mo_new_from_file  (const char    *path,
                                     GError       **error);

void         aict_mo_free           (AictMo        *self);

/* Returns the translation of @msgid, or NULL if the catalog has none. */
const char  *aict_mo_lookup         (const AictMo  *self,
                                     const char    *msgid);

/* The number of msgid → msgstr pairs kept. */
guint        aict_mo_get_n_entries  (const AictMo  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictMo, aict_mo_free)

G_END_DECLS
