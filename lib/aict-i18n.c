/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <libintl.h>

#include "aict-i18n-private.h"

static void
bind_domain (void)
{
  static gsize bound = 0;

  if (g_once_init_enter (&bound))
    {
      const char *localedir = g_getenv ("AICT_LOCALEDIR");

      /* AICT_LOCALEDIR lets uninstalled tests use the catalogues of the
       * build tree. */
      bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : AICT_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&bound, 1);
    }
}

const char *
_aict_gettext (const char *msgid)
{
  bind_domain ();
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
_aict_pgettext (const char *context,
                const char *msgid)
{
  bind_domain ();
  return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
}
