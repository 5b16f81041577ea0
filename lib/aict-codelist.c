/* SPDX-License-Identifier: LGPL-2.1-or-later */
#ifndef G_LOG_DOMAIN
# define G_LOG_DOMAIN "Aict"
#endif

#include <libintl.h>
#include <string.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include <aict/aict-codelist.h>
#include "aict-mo-private.h"

/* Where iso-codes is installed; the build sets it from
 * dependency('iso-codes').get_variable('prefix').  The JSON files are read
 * from PREFIX/share/iso-codes/json/, the translations from
 * PREFIX/share/locale/LANG/LC_MESSAGES/. */
#ifndef AICT_ISO_CODES_PREFIX
# define AICT_ISO_CODES_PREFIX "/usr"
#endif

#define THEMES_RESOURCE "/org/aict/libaict/codelists/themes.json"

/* Requested languages (and locale directories) found to have no catalog are
 * remembered so that the file system is not asked again, but only this many
 * of them: the language is the caller's input, the cache must stay bounded.
 * Found catalogs are bounded by what is installed. */
#define MAX_NEGATIVE_CACHE 64

/* The first languages found to have a catalog are also kept in a small
 * append-only array that lookups read without taking the lock (taking it
 * made "fr" lookups 2.5 times slower with two threads). */
#define N_FAST_CATALOGS 16

/* ISO 4217 minor units.  iso-codes does not carry them, so here are the
 * currencies whose minor unit is not 2, from the ISO 4217 list one
 * ("Current currency & funds code list", SIX Financial Information, as
 * amended up to 2023).  Every other currency known to iso-codes has 2. */
static const struct
{
  char  code[4];
  gint8 decimals;
} iso_4217_minor_units[] = {
  { "BIF", 0 }, { "CLP", 0 }, { "DJF", 0 }, { "GNF", 0 }, { "ISK", 0 },
  { "JPY", 0 }, { "KMF", 0 }, { "KRW", 0 }, { "PYG", 0 }, { "RWF", 0 },
  { "UGX", 0 }, { "UYI", 0 }, { "VND", 0 }, { "VUV", 0 }, { "XAF", 0 },
  { "XOF", 0 }, { "XPF", 0 },
  { "BHD", 3 }, { "IQD", 3 }, { "JOD", 3 }, { "KWD", 3 }, { "LYD", 3 },
  { "OMR", 3 }, { "TND", 3 },
  { "CLF", 4 }, { "UYW", 4 },
};

/* ISO lists from iso-codes */

typedef enum
{
  ISO_3166_1,
  ISO_3166_2,
  ISO_4217,
  N_ISO_LISTS
} IsoListId;

typedef struct
{
  const char *code;
  const char *name;       /* English: the "name" member */
  const char *country;    /* ISO 3166-2 only: the ISO 3166-1 part of the code */
  int         decimals;   /* ISO 4217 only */
} IsoEntry;

typedef struct
{
  const char *domain;       /* gettext domain, and basename of the JSON file */
  const char *json_key;     /* the member of the root object holding the array */
  const char *code_member;  /* the member of each item holding the code */
  const char *what;         /* for messages */
  gboolean  (*code_is_wellformed) (const char *code);
} IsoListInfo;

typedef struct
{
  const char   *language;
  const AictMo *mo;
} CatalogSlot;

typedef struct
{
  GHashTable   *by_code;      /* const char * → IsoEntry *; immutable once loaded */
  const char  **sorted_codes; /* ISO 3166-1 only; NULL-terminated */
  IsoEntry     *entries;
  GStringChunk *strings;

  /* Catalogs of translations for explicit languages, loaded on demand. */
  GMutex        lock;
  GHashTable   *by_language;  /* char * → AictMo * or NULL (none) */
  GHashTable   *by_dir;       /* char * locale dir → AictMo * or NULL (none) */
  guint         n_negative;

  /* Slots [0, n_fast) are filled, and never change again.  Written under
   * the lock, n_fast last; read without it. */
  CatalogSlot   fast[N_FAST_CATALOGS];
  gint          n_fast;
} IsoList;

static gboolean
is_upper_alpha (const char *s,
                gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isupper (s[i]))
      return FALSE;

  return s[n] == '\0';
}

static gboolean
country_code_is_wellformed (const char *code)
{
  return is_upper_alpha (code, 2);
}

static gboolean
currency_code_is_wellformed (const char *code)
{
  return is_upper_alpha (code, 3);
}

/* ISO 3166-2: the alpha-2 country code, "-", then one to three upper-case
 * letters or digits. */
static gboolean
subdivision_code_is_wellformed (const char *code)
{
  gsize n = 0;

  if (!g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1]) || code[2] != '-')
    return FALSE;

  for (const char *p = code + 3; *p != '\0'; p++, n++)
    if (!(g_ascii_isupper (*p) || g_ascii_isdigit (*p)) || n == 3)
      return FALSE;

  return n > 0;
}

static const IsoListInfo iso_list_info[N_ISO_LISTS] = {
  [ISO_3166_1] = { "iso_3166-1", "3166-1", "alpha_2", "ISO 3166-1 countries",
                   country_code_is_wellformed },
  [ISO_3166_2] = { "iso_3166-2", "3166-2", "code", "ISO 3166-2 subdivisions",
                   subdivision_code_is_wellformed },
  [ISO_4217]   = { "iso_4217", "4217", "alpha_3", "ISO 4217 currencies",
                   currency_code_is_wellformed },
};

static IsoList iso_lists[N_ISO_LISTS];
static gsize iso_lists_loaded[N_ISO_LISTS];

/* Returns the string value of @member_name in @object, or NULL if there is
 * no such member or it is not a string (json_object_get_string_member()
 * would emit a critical). */
static const char *
object_get_string (JsonObject *object,
                   const char *member_name)
{
  JsonNode *node = json_object_get_member (object, member_name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static int
currency_decimals (const char *code)
{
  for (gsize i = 0; i < G_N_ELEMENTS (iso_4217_minor_units); i++)
    if (strcmp (iso_4217_minor_units[i].code, code) == 0)
      return iso_4217_minor_units[i].decimals;

  return 2;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data G_GNUC_UNUSED)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Makes the iso-codes domain usable by g_dgettext() for language == NULL:
 * bound to our prefix (normally the system default already) and returning
 * UTF-8 whatever the locale's charset. */
static void
bind_iso_codes_domain (const char *domain)
{
  g_autofree char *locale_dir = g_build_filename (AICT_ISO_CODES_PREFIX,
                                                  "share", "locale", NULL);
  const char *current = bindtextdomain (domain, NULL);

  if (g_strcmp0 (current, locale_dir) != 0)
    bindtextdomain (domain, locale_dir);
  bind_textdomain_codeset (domain, "UTF-8");
}

/* Whether a failure to load iso-codes was already reported as a warning. */
static gint iso_codes_warned;

/* Reports that a list could not be loaded: a warning the first time (a
 * missing iso-codes package breaks every list at once, one warning is
 * enough), then debug messages. */
static void
iso_list_report (const IsoListInfo *info,
                 const char        *why)
{
  if (g_atomic_int_compare_and_exchange (&iso_codes_warned, 0, 1))
    g_warning ("Cannot load the %s from iso-codes: %s; every such code will "
               "be rejected.  Is the iso-codes package installed?",
               info->what, why);
  else
    g_debug ("Cannot load the %s from iso-codes: %s", info->what, why);
}

/* Fills @list from the iso-codes JSON file.  On failure, reports it (this
 * runs once per list) and leaves @list empty, so that every code is
 * rejected. */
static void
iso_list_load (IsoListId id)
{
  const IsoListInfo *info = &iso_list_info[id];
  IsoList *list = &iso_lists[id];
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *path = NULL;
  JsonNode *root, *array_node;
  JsonArray *array;
  guint n, n_skipped = 0;

  list->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  list->by_language = g_hash_table_new (g_str_hash, g_str_equal);
  list->by_dir = g_hash_table_new (g_str_hash, g_str_equal);
  g_mutex_init (&list->lock);

  bind_iso_codes_domain (info->domain);

  basename = g_strconcat (info->domain, ".json", NULL);
  path = g_build_filename (AICT_ISO_CODES_PREFIX, "share", "iso-codes", "json",
                           basename, NULL);

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_file (parser, path, &error))
    {
      iso_list_report (info, error->message);
      goto out;
    }

  root = json_parser_get_root (parser);
  array_node = NULL;
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    array_node = json_object_get_member (json_node_get_object (root), info->json_key);
  if (array_node == NULL || !JSON_NODE_HOLDS_ARRAY (array_node))
    {
      g_autofree char *why = g_strdup_printf ("%s has no “%s” array", path, info->json_key);

      iso_list_report (info, why);
      goto out;
    }

  array = json_node_get_array (array_node);
  n = json_array_get_length (array);

  /* Never freed: the strings we return live as long as the process. */
  list->entries = g_new0 (IsoEntry, MAX (n, 1));
  list->strings = g_string_chunk_new (16384);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      IsoEntry *entry = &list->entries[g_hash_table_size (list->by_code)];
      JsonObject *object;
      const char *code, *name;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        {
          n_skipped++;
          continue;
        }

      object = json_node_get_object (item);
      code = object_get_string (object, info->code_member);
      name = object_get_string (object, "name");

      if (code == NULL || name == NULL || name[0] == '\0' ||
          !info->code_is_wellformed (code) ||
          g_hash_table_contains (list->by_code, code))
        {
          n_skipped++;
          continue;
        }

      entry->code = g_string_chunk_insert (list->strings, code);
      entry->name = g_string_chunk_insert (list->strings, name);
      entry->decimals = -1;

      if (id == ISO_3166_2)
        {
          char country[3] = { code[0], code[1], '\0' };

          entry->country = g_string_chunk_insert_const (list->strings, country);
        }
      else if (id == ISO_4217)
        entry->decimals = currency_decimals (code);

      g_hash_table_insert (list->by_code, (gpointer) entry->code, entry);
    }

  if (n_skipped > 0)
    g_debug ("%s: skipped %u malformed or duplicate entries", path, n_skipped);

  if (g_hash_table_size (list->by_code) == 0)
    {
      g_autofree char *why = g_strdup_printf ("%s holds no valid entry", path);

      iso_list_report (info, why);
    }

out:
  if (id == ISO_3166_1)
    {
      guint n_codes;

      list->sorted_codes = (const char **) g_hash_table_get_keys_as_array (list->by_code, &n_codes);
      g_qsort_with_data (list->sorted_codes, (gint) n_codes, sizeof (char *),
                         compare_strings, NULL);
    }
}

static IsoList *
iso_list_get (IsoListId id)
{
  if (g_once_init_enter (&iso_lists_loaded[id]))
    {
      iso_list_load (id);
      g_once_init_leave (&iso_lists_loaded[id], 1);
    }

  return &iso_lists[id];
}

static const IsoEntry *
iso_list_lookup (IsoListId   id,
                 const char *code)
{
  return g_hash_table_lookup (iso_list_get (id)->by_code, code);
}

/* A language usable as a locale directory name: "fr", "pt_BR",
 * "sr@latin", "fr_FR.UTF-8".  No "/" and no leading ".", so that the path
 * stays inside PREFIX/share/locale. */
static gboolean
language_is_safe (const char *language)
{
  gsize len = 0;

  if (language[0] == '.')
    return FALSE;

  for (const char *p = language; *p != '\0'; p++, len++)
    if (len == 64 ||
        !(g_ascii_isalnum (*p) || *p == '_' || *p == '@' || *p == '.' || *p == '-'))
      return FALSE;

  return len > 0;
}

/* Caches @mo (or the absence of a catalog) for @key in @table; called with
 * the list's lock held.  An absence is counted against MAX_NEGATIVE_CACHE
 * unless @bounded (a catalog that exists but is broken: those are bounded
 * by the installed files, and caching them warns only once).  Returns the
 * copy of @key kept, or NULL. */
static const char *
cache_catalog (IsoList    *list,
               GHashTable *table,
               const char *key,
               AictMo     *mo,
               gboolean    bounded)
{
  char *copy;

  if (mo == NULL && !bounded)
    {
      if (list->n_negative >= MAX_NEGATIVE_CACHE)
        return NULL;
      list->n_negative++;
    }

  copy = g_strdup (key);
  g_hash_table_insert (table, copy, mo);

  return copy;
}

/* Returns the catalog of @language for the list @id, trying the locale
 * directories of g_get_locale_variants() ("fr_BE" → "fr_BE", "fr"), or NULL.
 * Catalogs are loaded once and kept for the life of the process. */
static const AictMo *
iso_list_get_catalog (IsoListId   id,
                      const char *language)
{
  IsoList *list = iso_list_get (id);
  const char *domain = iso_list_info[id].domain;
  g_auto(GStrv) variants = NULL;
  gpointer value;
  AictMo *mo = NULL;
  gboolean broken = FALSE;
  const char *kept;
  gint n_fast;

  n_fast = g_atomic_int_get (&list->n_fast);
  for (gint i = 0; i < n_fast; i++)
    if (strcmp (list->fast[i].language, language) == 0)
      return list->fast[i].mo;

  g_mutex_lock (&list->lock);

  if (g_hash_table_lookup_extended (list->by_language, language, NULL, &value))
    {
      g_mutex_unlock (&list->lock);
      return value;
    }

  variants = g_get_locale_variants (language);

  for (guint i = 0; variants[i] != NULL && mo == NULL; i++)
    {
      g_autofree char *basename = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;

      if (g_hash_table_lookup_extended (list->by_dir, variants[i], NULL, &value))
        {
          mo = value;
          continue;
        }

      basename = g_strconcat (domain, ".mo", NULL);
      path = g_build_filename (AICT_ISO_CODES_PREFIX, "share", "locale",
                               variants[i], "LC_MESSAGES", basename, NULL);
      mo = aict_mo_new_from_file (path, &error);
      broken = (mo == NULL &&
                !g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT) &&
                !g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR));
      if (broken)
        g_warning ("Ignoring the translations of the %s: %s",
                   iso_list_info[id].what, error->message);

      cache_catalog (list, list->by_dir, variants[i], mo, broken);
    }

  kept = cache_catalog (list, list->by_language, language, mo, FALSE);

  n_fast = g_atomic_int_get (&list->n_fast);
  if (mo != NULL && n_fast < N_FAST_CATALOGS)
    {
      list->fast[n_fast].language = kept;
      list->fast[n_fast].mo = mo;
      g_atomic_int_set (&list->n_fast, n_fast + 1);
    }

  g_mutex_unlock (&list->lock);

  return mo;
}

static const char *
iso_list_translate (IsoListId       id,
                    const IsoEntry *entry,
                    const char     *language)
{
  const AictMo *mo;
  const char *translated;

  if (language == NULL)
    return g_dgettext (iso_list_info[id].domain, entry->name);

  if (strcmp (language, "en") == 0 || !language_is_safe (language))
    return entry->name;

  mo = iso_list_get_catalog (id, language);
  if (mo != NULL && (translated = aict_mo_lookup (mo, entry->name)) != NULL)
    return translated;

  return entry->name;
}

static const char *
iso_list_get_name (IsoListId   id,
                   const char *code,
                   const char *language)
{
  const IsoEntry *entry = iso_list_lookup (id, code);

  if (entry == NULL)
    return NULL;

  return iso_list_translate (id, entry, language);
}

/* Countries */

/**
 * aict_country_is_valid:
 * @code: a country code
 *
 * Checks whether @code is an ISO 3166-1 alpha-2 country code known to the
 * iso-codes package, in its exact form: `"FR"` is valid, `"fr"` and
 * `"FRA"` are not.
 *
 * The codes are read from iso-codes once, at first use.  If iso-codes
 * cannot be read, a warning is logged once and every code is rejected.
 *
 * This function is thread-safe.
 *
 * Returns: %TRUE if @code is a known country code
 *
 * Since: 1.0
 */
gboolean
aict_country_is_valid (const char *code)
{
  g_return_val_if_fail (code != NULL, FALSE);

  return iso_list_lookup (ISO_3166_1, code) != NULL;
}

/**
 * aict_country_get_name:
 * @code: an ISO 3166-1 alpha-2 country code
 * @language: (nullable): a language code such as `"fr"` or `"en"`, or
 *   %NULL for the language of the current locale
 *
 * Gets the short name of a country from iso-codes, in a language.
 *
 * The English name is the `name` member of iso-codes (`"Korea, Republic
 * of"`, `"Bolivia, Plurinational State of"`), not `common_name` (`"South
 * Korea"`), because only `name` is present for every country and
 * translated for every language.
 *
 * With @language `"en"`, the English name is returned.  With any other
 * language, such as `"fr"`, the name is translated with the iso-codes
 * catalog of that language
 * (`PREFIX/share/locale/LANGUAGE/LC_MESSAGES/iso_3166-1.mo`, also trying
 * the less specific forms of @language: `"fr_BE"` then `"fr"`), read by
 * libaict without changing the process's locale; names the catalog does not
 * translate, or languages without a catalog, give the English name.
 *
 * With @language %NULL, the name is translated by gettext in the
 * `iso_3166-1` domain with g_dgettext(), that is in the language of the
 * current `LC_MESSAGES` locale (and `LANGUAGE`), as the application set it
 * with setlocale().  libaict binds that domain to the iso-codes locale
 * directory with the UTF-8 codeset.  Note that g_dgettext() returns the
 * English name when the application has called textdomain() with a domain
 * that has no translation for the current locale.
 *
 * This function is thread-safe.
 *
 * Returns: (transfer none) (nullable): the name of the country, owned by
 *   libaict and valid for the life of the process, or %NULL if @code is not
 *   a known country code
 *
 * Since: 1.0
 */
const char *
aict_country_get_name (const char *code,
                       const char *language)
{
  g_return_val_if_fail (code != NULL, NULL);

  return iso_list_get_name (ISO_3166_1, code, language);
}

/**
 * aict_country_list_codes:
 *
 * Lists the ISO 3166-1 alpha-2 codes that [func@Aict.country_is_valid]
 * accepts, sorted in byte order (`"AD"`, `"AE"`, …, `"ZW"`).
 *
 * This function is thread-safe.
 *
 * Returns: (transfer full) (array zero-terminated=1): a newly allocated
 *   array of codes, empty if iso-codes cannot be read; free it with
 *   g_strfreev()
 *
 * Since: 1.0
 */
char **
aict_country_list_codes (void)
{
  return g_strdupv ((char **) iso_list_get (ISO_3166_1)->sorted_codes);
}

/* Subdivisions */

/**
 * aict_subdivision_is_valid:
 * @code: a subdivision code
 *
 * Checks whether @code is an ISO 3166-2 subdivision code known to the
 * iso-codes package, in its exact form, such as `"FR-24"` (Dordogne),
 * `"FR-NAQ"` (Nouvelle-Aquitaine) or `"MA-LAR"` (Larache).
 *
 * The codes are those of the iso-codes version installed, which may lag
 * behind ISO: for example iso-codes 4.15 has `"FR-75"` for Paris but not
 * `"FR-75C"`, `"FR-69M"` or `"FR-6AE"`.
 *
 * This function is thread-safe.
 *
 * Returns: %TRUE if @code is a known subdivision code
 *
 * Since: 1.0
 */
gboolean
aict_subdivision_is_valid (const char *code)
{
  g_return_val_if_fail (code != NULL, FALSE);

  return iso_list_lookup (ISO_3166_2, code) != NULL;
}

/**
 * aict_subdivision_get_name:
 * @code: an ISO 3166-2 subdivision code
 * @language: (nullable): a language code such as `"fr"` or `"en"`, or
 *   %NULL for the language of the current locale
 *
 * Gets the name of a subdivision from iso-codes, in a language.
 *
 * iso-codes gives subdivision names in the local form (`"Dordogne"`,
 * `"La Araucanía"`), which is also the English name.  @language is
 * handled as in [func@Aict.country_get_name], with the `iso_3166-2`
 * domain.  Since gettext translates names, not codes, two subdivisions that
 * share a name (`"Misiones"` in Argentina and Paraguay) share its
 * translation.
 *
 * This function is thread-safe.
 *
 * Returns: (transfer none) (nullable): the name of the subdivision, owned by
 *   libaict and valid for the life of the process, or %NULL if @code is not
 *   a known subdivision code
 *
 * Since: 1.0
 */
const char *
aict_subdivision_get_name (const char *code,
                           const char *language)
{
  g_return_val_if_fail (code != NULL, NULL);

  return iso_list_get_name (ISO_3166_2, code, language);
}

/**
 * aict_subdivision_get_country_code:
 * @code: an ISO 3166-2 subdivision code
 *
 * Gets the ISO 3166-1 alpha-2 code of the country a subdivision belongs to:
 * `"FR"` for `"FR-24"`.
 *
 * This function is thread-safe.
 *
 * Returns: (transfer none) (nullable): the country code, owned by libaict
 *   and valid for the life of the process, or %NULL if @code is not a known
 *   subdivision code
 *
 * Since: 1.0
 */
const char *
aict_subdivision_get_country_code (const char *code)
{
  const IsoEntry *entry;

  g_return_val_if_fail (code != NULL, NULL);

  entry = iso_list_lookup (ISO_3166_2, code);

  return entry != NULL ? entry->country : NULL;
}

/* Currencies */

/**
 * aict_currency_is_valid:
 * @code: a currency code
 *
 * Checks whether @code is an ISO 4217 alphabetic currency code known to
 * the iso-codes package, in its exact form: `"EUR"` is valid, `"eur"` and
 * `"EURO"` are not.
 *
 * This function is thread-safe.
 *
 * Returns: %TRUE if @code is a known currency code
 *
 * Since: 1.0
 */
gboolean
aict_currency_is_valid (const char *code)
{
  g_return_val_if_fail (code != NULL, FALSE);

  return iso_list_lookup (ISO_4217, code) != NULL;
}

/**
 * aict_currency_get_name:
 * @code: an ISO 4217 currency code
 * @language: (nullable): a language code such as `"fr"` or `"en"`, or
 *   %NULL for the language of the current locale
 *
 * Gets the name of a currency from iso-codes, in a language: `"CFA Franc
 * BCEAO"` in English and `"Franc CFA (BCEAO)"` in French for `"XOF"`.
 * @language is handled as in [func@Aict.country_get_name], with the
 * `iso_4217` domain.
 *
 * This function is thread-safe.
 *
 * Returns: (transfer none) (nullable): the name of the currency, owned by
 *   libaict and valid for the life of the process, or %NULL if @code is not
 *   a known currency code
 *
 * Since: 1.0
 */
const char *
aict_currency_get_name (const char *code,
                        const char *language)
{
  g_return_val_if_fail (code != NULL, NULL);

  return iso_list_get_name (ISO_4217, code, language);
}

/**
 * aict_currency_get_decimals:
 * @code: an ISO 4217 currency code
 *
 * Gets the minor unit of a currency, as defined by ISO 4217: the number of
 * decimal places of its amounts.  It is 2 for `"EUR"`, 0 for `"XOF"` and
 * `"GNF"`, 3 for `"TND"`.
 *
 * iso-codes does not give minor units; libaict carries the currencies of
 * ISO 4217 whose minor unit is not 2, and gives 2 for the other currencies
 * of iso-codes.
 *
 * This function is thread-safe.
 *
 * Returns: the minor unit of the currency, or -1 if @code is not a known
 *   currency code
 *
 * Since: 1.0
 */
int
aict_currency_get_decimals (const char *code)
{
  const IsoEntry *entry;

  g_return_val_if_fail (code != NULL, -1);

  entry = iso_list_lookup (ISO_4217, code);

  return entry != NULL ? entry->decimals : -1;
}

/* Themes */

typedef struct
{
  const char *code;
  const char *label_fr;
  const char *label_en;
  const char *dac;
} ThemeEntry;

static struct
{
  GHashTable   *by_code;  /* const char * → ThemeEntry * */
  const char  **codes;    /* in codelist order, NULL-terminated */
  ThemeEntry   *entries;
  GStringChunk *strings;
} themes;

static gsize themes_loaded;

/* Lower-case ASCII words joined by single hyphens: "higher-education". */
static gboolean
theme_code_is_wellformed (const char *code)
{
  const char *p;

  if (!g_ascii_islower (code[0]) && !g_ascii_isdigit (code[0]))
    return FALSE;

  for (p = code; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (!g_ascii_islower (p[1]) && !g_ascii_isdigit (p[1]))
            return FALSE;
        }
      else if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p))
        return FALSE;
    }

  return TRUE;
}

static gboolean
dac_code_is_wellformed (const char *dac)
{
  for (guint i = 0; i < 5; i++)
    if (!g_ascii_isdigit (dac[i]))
      return FALSE;

  return dac[5] == '\0';
}

/* The themes codelist is compiled into the library, so a malformed one is a
 * bug of libaict: criticals, not warnings. */
static void
themes_load (void)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  JsonNode *root, *node;
  JsonObject *object;
  JsonArray *array;
  const char *codelist;
  guint n;

  themes.by_code = g_hash_table_new (g_str_hash, g_str_equal);

  bytes = g_resources_lookup_data (THEMES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      g_critical ("Cannot load the themes codelist: %s", error->message);
      goto out;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), &error))
    {
      g_critical ("Cannot load the themes codelist: %s", error->message);
      goto out;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_critical ("Cannot load the themes codelist: not a JSON object");
      goto out;
    }

  object = json_node_get_object (root);
  codelist = object_get_string (object, "codelist");
  node = json_object_get_member (object, "version");
  if (g_strcmp0 (codelist, "aict-themes") != 0 ||
      node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) != 1)
    {
      g_critical ("Cannot load the themes codelist: not version 1 of aict-themes");
      goto out;
    }

  node = json_object_get_member (object, "themes");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_critical ("Cannot load the themes codelist: no “themes” array");
      goto out;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  themes.entries = g_new0 (ThemeEntry, MAX (n, 1));
  themes.strings = g_string_chunk_new (2048);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      ThemeEntry *entry = &themes.entries[codes->len];
      const char *code = NULL, *label_fr = NULL, *label_en = NULL, *dac = NULL;

      if (JSON_NODE_HOLDS_OBJECT (item))
        {
          JsonObject *theme = json_node_get_object (item);

          code = object_get_string (theme, "code");
          label_fr = object_get_string (theme, "label_fr");
          label_en = object_get_string (theme, "label_en");
          dac = object_get_string (theme, "dac");
        }

      if (code == NULL || !theme_code_is_wellformed (code) ||
          g_hash_table_contains (themes.by_code, code) ||
          label_fr == NULL || label_fr[0] == '\0' ||
          label_en == NULL || label_en[0] == '\0' ||
          dac == NULL || !dac_code_is_wellformed (dac))
        {
          g_critical ("Themes codelist: item %u is malformed or a duplicate; skipped", i);
          continue;
        }

      entry->code = g_string_chunk_insert (themes.strings, code);
      entry->label_fr = g_string_chunk_insert (themes.strings, label_fr);
      entry->label_en = g_string_chunk_insert (themes.strings, label_en);
      entry->dac = g_string_chunk_insert_const (themes.strings, dac);

      g_hash_table_insert (themes.by_code, (gpointer) entry->code, entry);
      g_ptr_array_add (codes, (gpointer) entry->code);
    }

out:
  g_ptr_array_add (codes, NULL);
  themes.codes = (const char **) g_ptr_array_free (g_steal_pointer (&codes), FALSE);
}

static void
themes_ensure_loaded (void)
{
  if (g_once_init_enter (&themes_loaded))
    {
      themes_load ();
      g_once_init_leave (&themes_loaded, 1);
    }
}

static const ThemeEntry *
theme_lookup (const char *code)
{
  themes_ensure_loaded ();

  return g_hash_table_lookup (themes.by_code, code);
}

/* Whether @language ("fr", "fr_BE", "fr_FR.UTF-8", "fr@euro") is
 * French. */
static gboolean
language_is (const char *language,
             const char *lang)
{
  gsize len = strlen (lang);

  return strncmp (language, lang, len) == 0 &&
         (language[len] == '\0' || language[len] == '_' ||
          language[len] == '.' || language[len] == '@');
}

/**
 * aict_theme_is_valid:
 * @code: a theme code
 *
 * Checks whether @code is a code of the themes codelist shipped with
 * libaict, such as `"water"` or `"higher-education"`.
 *
 * This function is thread-safe.
 *
 * Returns: %TRUE if @code is a known theme code
 *
 * Since: 1.0
 */
gboolean
aict_theme_is_valid (const char *code)
{
  g_return_val_if_fail (code != NULL, FALSE);

  return theme_lookup (code) != NULL;
}

/**
 * aict_theme_get_label:
 * @code: a theme code
 * @language: (nullable): a language code such as `"fr"` or `"en"`, or
 *   %NULL for the user's language
 *
 * Gets the label of a theme: `"Eau et assainissement"` in French and
 * `"Water and sanitation"` in English for `"water"`.
 *
 * The codelist has French and English labels.  A @language that is French
 * (`"fr"`, `"fr_BE"`, `"fr_FR.UTF-8"`) gives the French label; any other
 * gives the English one.  With @language %NULL, the first language of
 * g_get_language_names() (from the `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`
 * and `LANG` environment variables) that is French or English decides.
 *
 * This function is thread-safe.
 *
 * Returns: (transfer none) (nullable): the label, owned by libaict and
 *   valid for the life of the process, or %NULL if @code is not a known
 *   theme code
 *
 * Since: 1.0
 */
const char *
aict_theme_get_label (const char *code,
                      const char *language)
{
  const ThemeEntry *entry;

  g_return_val_if_fail (code != NULL, NULL);

  entry = theme_lookup (code);
  if (entry == NULL)
    return NULL;

  if (language == NULL)
    {
      for (const char * const *names = g_get_language_names (); *names != NULL; names++)
        {
          if (language_is (*names, "fr"))
            return entry->label_fr;
          if (language_is (*names, "en") || strcmp (*names, "C") == 0 ||
              strcmp (*names, "POSIX") == 0)
            return entry->label_en;
        }

      return entry->label_en;
    }

  return language_is (language, "fr") ? entry->label_fr : entry->label_en;
}

/**
 * aict_theme_get_dac_code:
 * @code: a theme code
 *
 * Gets the OECD DAC 5-digit purpose code (the CRS sector, IATI `Sector`
 * codelist, vocabulary 1) that fits a theme best, for exports: `"14030"`
 * (basic drinking water supply and basic sanitation) for `"water"`.
 * Several themes may share a purpose code.
 *
 * This function is thread-safe.
 *
 * Returns: (transfer none) (nullable): the five digits, owned by libaict
 *   and valid for the life of the process, or %NULL if @code is not a known
 *   theme code
 *
 * Since: 1.0
 */
const char *
aict_theme_get_dac_code (const char *code)
{
  const ThemeEntry *entry;

  g_return_val_if_fail (code != NULL, NULL);

  entry = theme_lookup (code);

  return entry != NULL ? entry->dac : NULL;
}

/**
 * aict_theme_list_codes:
 *
 * Lists the codes of the themes codelist shipped with libaict, in the
 * order of the codelist (`"agriculture"`, `"agrifood"`, `"fisheries"`,
 * `"water"`, …), which groups related themes.
 *
 * This function is thread-safe.
 *
 * Returns: (transfer full) (array zero-terminated=1): a newly allocated
 *   array of codes; free it with g_strfreev()
 *
 * Since: 1.0
 */
char **
aict_theme_list_codes (void)
{
  themes_ensure_loaded ();

  return g_strdupv ((char **) themes.codes);
}
