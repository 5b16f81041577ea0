/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The charts and the HTML report write numbers, amounts and dates as the
 * aict tool does, in the conventions of the locale: they share the tool's
 * formatting module (tools/aict-format.c) rather than a copy of it.  Its
 * functions stay private to the library (hidden visibility); the message
 * contexts go through the library's own text domain (gi18n-lib), which
 * _aict_chart_ensure_i18n() binds first. */
#include "config.h"

#include <glib/gi18n-lib.h>
/* aict-format.c includes <glib/gi18n.h>, whose C_() would look in the
 * program's text domain: keep the library's. */
#define __G_I18N_H__

#include "../tools/aict-format.c"
