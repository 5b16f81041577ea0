/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The library translates through its own text domain (GETTEXT_PACKAGE),
 * which it binds itself the first time: callers from Python or GJS under a
 * /usr/local prefix would otherwise get English (found with GJS: GTK and libadwaita bind their domain in their init too). */
const char *_aict_gettext (const char *msgid) G_GNUC_FORMAT (1);

#define _(String) _aict_gettext (String)
#define N_(String) (String)

/* @msgid in @context (a C_() of the message catalogue). */
const char *_aict_pgettext (const char *context,
                            const char *msgid) G_GNUC_FORMAT (2);

#define C_(Context, String) _aict_pgettext (Context, String)

G_END_DECLS
