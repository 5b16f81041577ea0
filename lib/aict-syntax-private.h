/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* What the aict/1 format accepts for ids, codes, times and text: one
 * definition shared by the decoder (which rejects anything else), the
 * validator (which reports it in datasets built through the API) and the
 * encoder (which refuses to write what would not load again). */

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  AICT_CODE_COUNTRY,      /* ISO 3166-1 alpha-2 shape: "FR" */
  AICT_CODE_SUBDIVISION,  /* ISO 3166-2 shape: "FR-24", "MA-LAR" */
  AICT_CODE_CURRENCY,     /* ISO 4217 shape: "EUR" */
  AICT_CODE_THEME,        /* lower-case letters, digits, dashes: "higher-education" */
} AictCodeKind;

/* 1 to 256 bytes of A–Z a–z 0–9 . _ : - */
gboolean     _aict_is_id            (const char   *text,
                                     gsize         length);
/* No control character but tab and newline. */
gboolean     _aict_is_text          (const char   *text,
                                     gsize         length);
gboolean     _aict_is_code          (AictCodeKind  kind,
                                     const char   *text,
                                     gsize         length);
/* HH:MM, 00:00 to 23:59 */
gboolean     _aict_is_time          (const char   *text,
                                     gsize         length);
/* "an ISO 3166-1 alpha-2 country code such as “FR”", for messages: in
 * English (the decoder's messages are); translate with _(). */
const char  *_aict_code_description (AictCodeKind  kind);

G_END_DECLS
