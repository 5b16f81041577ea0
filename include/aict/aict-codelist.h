/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <glib.h>
#include <aict/aict-version-macros.h>

G_BEGIN_DECLS

/* Countries: ISO 3166-1 alpha-2, from iso-codes */
AICT_AVAILABLE_IN_ALL
gboolean     aict_country_is_valid              (const char *code);
AICT_AVAILABLE_IN_ALL
const char  *aict_country_get_name              (const char *code,
                                                 const char *language);
AICT_AVAILABLE_IN_ALL
char       **aict_country_list_codes            (void) G_GNUC_WARN_UNUSED_RESULT;

/* Subdivisions: ISO 3166-2, from iso-codes */
AICT_AVAILABLE_IN_ALL
gboolean     aict_subdivision_is_valid          (const char *code);
AICT_AVAILABLE_IN_ALL
const char  *aict_subdivision_get_name          (const char *code,
                                                 const char *language);
AICT_AVAILABLE_IN_ALL
const char  *aict_subdivision_get_country_code  (const char *code);

/* Currencies: ISO 4217 alpha-3, from iso-codes */
AICT_AVAILABLE_IN_ALL
gboolean     aict_currency_is_valid             (const char *code);
AICT_AVAILABLE_IN_ALL
const char  *aict_currency_get_name             (const char *code,
                                                 const char *language);
AICT_AVAILABLE_IN_ALL
int          aict_currency_get_decimals         (const char *code);

/* Themes: the codelist shipped with libaict */
AICT_AVAILABLE_IN_ALL
gboolean     aict_theme_is_valid                (const char *code);
AICT_AVAILABLE_IN_ALL
const char  *aict_theme_get_label               (const char *code,
                                                 const char *language);
AICT_AVAILABLE_IN_ALL
const char  *aict_theme_get_dac_code            (const char *code);
AICT_AVAILABLE_IN_ALL
char       **aict_theme_list_codes              (void) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
