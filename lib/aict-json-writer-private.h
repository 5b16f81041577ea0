/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* AictJsonWriter: writes canonical aict/1 JSON into a growing buffer.
 *
 * Output: objects and arrays indented by two spaces, one member or item per
 * line, "key": value with one space after the colon, empty containers as
 * {} and [], a final newline after the top-level value.  Strings are escaped
 * minimally and deterministically: \" \\ \b \f \n \r \t, other U+0000–U+001F
 * as \u00XX (lower-case hex), U+2028/U+2029 as \u2028/\u2029, everything else
 * as raw UTF-8.  No locale is involved anywhere.  The writer trusts its
 * caller (the encoder) for structure; it g_assert()s misuse. */

#include <glib.h>

G_BEGIN_DECLS

typedef struct _AictJsonWriter AictJsonWriter;

AictJsonWriter *aict_json_writer_new          (gsize           size_hint);
void            aict_json_writer_free         (AictJsonWriter *writer);

void            aict_json_writer_begin_object (AictJsonWriter *writer);
void            aict_json_writer_end_object   (AictJsonWriter *writer);
void            aict_json_writer_begin_array  (AictJsonWriter *writer);
void            aict_json_writer_end_array    (AictJsonWriter *writer);
/* @key is ASCII and needs no escaping (our own member names). */
void            aict_json_writer_member       (AictJsonWriter *writer,
                                               const char     *key);
/* A member name that may need escaping (names from a JsonNode). */
void            aict_json_writer_member_escaped (AictJsonWriter *writer,
                                                 const char     *key);
/* @value is valid UTF-8 (g_assert'ed in debug builds). */
void            aict_json_writer_string       (AictJsonWriter *writer,
                                               const char     *value);
void            aict_json_writer_int          (AictJsonWriter *writer,
                                               gint64          value);
void            aict_json_writer_boolean      (AictJsonWriter *writer,
                                               gboolean        value);
void            aict_json_writer_null         (AictJsonWriter *writer);
/* An exact decimal: @scaled / 10^@decimals, written without exponent and
 * without trailing fraction zeros ("1250",2 → 12.5; "3400",2 → 34;
 * "-5",2 → -0.05). */
void            aict_json_writer_decimal      (AictJsonWriter *writer,
                                               gint64          scaled,
                                               guint           decimals);

/* A number already written as a JSON lexeme by the caller, copied as is
 * (the JsonNode bridge: the shortest form of a double). */
void            aict_json_writer_number_lexeme (AictJsonWriter *writer,
                                                const char     *lexeme);

/* Convenience: member + value in one call. */
void            aict_json_writer_member_string (AictJsonWriter *writer,
                                                const char     *key,
                                                const char     *value);

/* Finishes (asserts the document is complete) and gives the bytes. */
GBytes         *aict_json_writer_free_to_bytes (AictJsonWriter *writer);
char           *aict_json_writer_free_to_string (AictJsonWriter *writer,
                                                 gsize          *len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictJsonWriter, aict_json_writer_free)

G_END_DECLS
