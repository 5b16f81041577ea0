/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>
#include <aict/aict-error.h>

G_BEGIN_DECLS

/* The most characters of a data-derived value a message quotes. */
#define AICT_MESSAGE_VALUE_MAX_CHARS 64

/* A value from the data (an id, a code, a member name, a nick…) made fit
 * to be quoted in a one-line message (aict-message.c): escaped as JSON
 * paths are, so that no byte of the data can end a line, move the
 * cursor or fake a quote — \\ \" \b \f \n \r \t, other controls (C0, DEL,
 * C1) and U+2028/U+2029 as \uXXXX, bytes that are not UTF-8 as \xXX —
 * and cut after AICT_MESSAGE_VALUE_MAX_CHARS characters, never inside
 * one, with "…" when it was longer.  NULL gives "(null)". */
char *_aict_message_value (const char *value);

/* @message of an AICT_ERROR_LIMIT about @limit, a limit of AictLoadOptions
 * by the name of its aict option ("max-depth"), followed by what raises
 * it: its setter, aict_load_options_set_max_depth(), and aict --max-depth. */
char *_aict_limit_hint    (const char *message,
                           const char *limit);

/* Sets @error to AICT_ERROR_LIMIT with the message @format and its hint. */
void  _aict_set_limit_error (GError     **error,
                             const char  *limit,
                             const char  *format,
                             ...) G_GNUC_PRINTF (3, 4);

G_END_DECLS
