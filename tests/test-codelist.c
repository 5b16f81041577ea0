/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <locale.h>
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include <aict/aict-codelist.h>
#include <aict/aict-error.h>
#include "aict-mo-private.h"

/* The log domain of the library (G_LOG_DOMAIN when it is built). */
#define AICT_LOG_DOMAIN "Aict"

#define FR_MO_3166_1 "/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo"

/* The themes codelist, in its order, with the OECD DAC purpose code chosen
 * for each; every one exists, with status "active", in the IATI Sector
 * codelist (IATI 2.03 codelists, Sector.xml: DAC 5 digit sector). */
static const struct
{
  const char *code;
  const char *dac;
} expected_themes[] = {
  { "agriculture", "31120" },           /* Agricultural development */
  { "agrifood", "32161" },              /* Agro-industries */
  { "fisheries", "31320" },             /* Fishery development */
  { "water", "14030" },                 /* Basic drinking water supply and basic sanitation */
  { "health", "12110" },                /* Health policy and administrative management */
  { "education", "11110" },             /* Education policy and administrative management */
  { "higher-education", "11420" },      /* Higher education */
  { "vocational-training", "11330" },   /* Vocational training */
  { "youth", "11231" },                 /* Basic life skills for youth */
  { "social", "16010" },                /* Social protection */
  { "culture", "16066" },               /* Culture */
  { "heritage", "41040" },              /* Site preservation */
  { "tourism", "33210" },               /* Tourism policy and administrative management */
  { "sport", "16065" },                 /* Recreation and sport */
  { "economic-development", "25030" },  /* Business development services */
  { "trade", "33110" },                 /* Trade policy and administrative management */
  { "microfinance", "24040" },          /* Informal/semi-formal financial intermediaries */
  { "industry", "32120" },              /* Industrial development */
  { "transport", "21010" },             /* Transport policy and administrative management */
  { "energy", "23110" },                /* Energy policy and administrative management */
  { "environment", "41010" },           /* Environmental policy and administrative management */
  { "climate", "41010" },               /* idem: climate is a DAC policy marker, not a sector */
  { "digital", "22040" },               /* Information and communication technology (ICT) */
  { "decentralisation", "15112" },      /* Decentralisation and support to subnational government */
  { "governance", "15185" },            /* Local government administration */
  { "citizenship", "15150" },           /* Democratic participation and civil society */
  { "humanitarian", "72010" },          /* Material relief assistance and services */
  { "migration", "15190" },             /* Facilitation of orderly, safe, regular and responsible migration */
};

/* Countries */

static void
test_country_valid (void)
{
  g_assert_true (aict_country_is_valid ("FR"));
  g_assert_true (aict_country_is_valid ("MA"));
  g_assert_true (aict_country_is_valid ("PS"));
  g_assert_false (aict_country_is_valid ("fr"));
  g_assert_false (aict_country_is_valid ("Fr"));
  g_assert_false (aict_country_is_valid ("XX"));
  g_assert_false (aict_country_is_valid ("FRA"));
  g_assert_false (aict_country_is_valid ("F"));
  g_assert_false (aict_country_is_valid (""));
  g_assert_false (aict_country_is_valid ("FR "));
  /* Kosovo's user-assigned code is in IATI but not in iso-codes. */
  g_assert_false (aict_country_is_valid ("XK"));
}

static void
test_country_null (void)
{
  g_test_expect_message (AICT_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*code != NULL*");
  g_assert_false (aict_country_is_valid (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message (AICT_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*code != NULL*");
  g_assert_null (aict_country_get_name (NULL, "fr"));
  g_test_assert_expected_messages ();

  g_test_expect_message (AICT_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*code != NULL*");
  g_assert_false (aict_subdivision_is_valid (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message (AICT_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*code != NULL*");
  g_assert_null (aict_subdivision_get_country_code (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message (AICT_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*code != NULL*");
  g_assert_false (aict_currency_is_valid (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message (AICT_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*code != NULL*");
  g_assert_cmpint (aict_currency_get_decimals (NULL), ==, -1);
  g_test_assert_expected_messages ();

  g_test_expect_message (AICT_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*code != NULL*");
  g_assert_false (aict_theme_is_valid (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message (AICT_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*code != NULL*");
  g_assert_null (aict_theme_get_label (NULL, NULL));
  g_test_assert_expected_messages ();
}

static void
test_country_names (void)
{
  const char *name;

  g_assert_cmpstr (aict_country_get_name ("DE", "fr"), ==, "Allemagne");
  g_assert_cmpstr (aict_country_get_name ("MA", "fr"), ==, "Maroc");
  g_assert_cmpstr (aict_country_get_name ("GN", "fr"), ==, "Guinée");
  g_assert_cmpstr (aict_country_get_name ("CL", "fr"), ==, "Chili");
  g_assert_cmpstr (aict_country_get_name ("SN", "fr"), ==, "Sénégal");
  g_assert_cmpstr (aict_country_get_name ("FR", "en"), ==, "France");
  g_assert_cmpstr (aict_country_get_name ("DE", "en"), ==, "Germany");
  /* "name", not "common_name". */
  g_assert_cmpstr (aict_country_get_name ("KR", "en"), ==, "Korea, Republic of");
  /* Less specific forms of the language are tried: fr_BE → fr. */
  g_assert_cmpstr (aict_country_get_name ("DE", "fr_BE"), ==, "Allemagne");
  g_assert_cmpstr (aict_country_get_name ("DE", "fr_FR.UTF-8"), ==, "Allemagne");
  g_assert_cmpstr (aict_country_get_name ("DE", "de"), ==, "Deutschland");
  /* Unknown or unsafe languages fall back to English. */
  g_assert_cmpstr (aict_country_get_name ("DE", "xx"), ==, "Germany");
  g_assert_cmpstr (aict_country_get_name ("DE", ""), ==, "Germany");
  g_assert_cmpstr (aict_country_get_name ("DE", "../fr"), ==, "Germany");
  g_assert_cmpstr (aict_country_get_name ("DE", "fr/../fr"), ==, "Germany");
  g_assert_cmpstr (aict_country_get_name ("DE", ".."), ==, "Germany");
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *language = g_strdup_printf ("zz%u", i);

      g_assert_cmpstr (aict_country_get_name ("DE", language), ==, "Germany");
    }

  /* iso-codes 4.15 has no French for "Türkiye": English it is. */
  g_assert_cmpstr (aict_country_get_name ("TR", "fr"), ==, "Türkiye");

  g_assert_null (aict_country_get_name ("XX", "fr"));
  g_assert_null (aict_country_get_name ("fr", "en"));

  /* Strings are owned by the library, the same each time. */
  name = aict_country_get_name ("DE", "fr");
  g_assert_true (aict_country_get_name ("DE", "fr") == name);
  g_assert_true (aict_country_get_name ("DE", "fr_BE") == name);
}

static void
test_country_names_locale (void)
{
  if (!g_test_subprocess ())
    {
      /* setlocale() must not leak into the other tests. */
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("no fr_FR.UTF-8 locale");
      return;
    }
  g_unsetenv ("LANGUAGE");

  g_assert_cmpstr (aict_country_get_name ("DE", NULL), ==, "Allemagne");
  g_assert_cmpstr (aict_subdivision_get_name ("FR-64", NULL), ==, "Pyrénées-Atlantiques");
  g_assert_cmpstr (aict_currency_get_name ("XOF", NULL), ==, "Franc CFA (BCEAO)");
  /* An explicit language does not follow the locale. */
  g_assert_cmpstr (aict_country_get_name ("DE", "en"), ==, "Germany");

  setlocale (LC_ALL, "C");
  g_assert_cmpstr (aict_country_get_name ("DE", NULL), ==, "Germany");
}

static void
test_country_list (void)
{
  g_auto(GStrv) codes = aict_country_list_codes ();
  guint n = g_strv_length (codes);

  /* iso-codes 4.15 has 249; allow for later versions. */
  g_assert_cmpuint (n, >=, 240);
  g_assert_cmpstr (codes[0], ==, "AD");
  g_assert_true (g_strv_contains ((const char * const *) codes, "FR"));

  for (guint i = 0; i < n; i++)
    {
      g_assert_true (aict_country_is_valid (codes[i]));
      g_assert_nonnull (aict_country_get_name (codes[i], "en"));
      g_assert_nonnull (aict_country_get_name (codes[i], "fr"));
      if (i > 0)
        g_assert_cmpint (strcmp (codes[i - 1], codes[i]), <, 0);
    }

  /* A new copy each time, that the caller may change. */
  codes[0][0] = 'Z';
  {
    g_auto(GStrv) again = aict_country_list_codes ();

    g_assert_cmpstr (again[0], ==, "AD");
  }
}

/* Subdivisions */

static void
test_subdivision (void)
{
  static const struct
  {
    const char *code;
    const char *country;
    const char *name;
  } cases[] = {
    { "FR-24", "FR", "Dordogne" },
    { "FR-33", "FR", "Gironde" },
    { "FR-17", "FR", "Charente-Maritime" },
    { "FR-64", "FR", "Pyrénées-Atlantiques" },
    { "FR-NAQ", "FR", "Nouvelle-Aquitaine" },
    { "FR-2A", "FR", "Corse-du-Sud" },
    { "FR-971", "FR", "Guadeloupe" },
    { "MA-LAR", "MA", "Larache" },            /* a province, parent MA-01 */
    { "MA-01", "MA", "Tanger-Tétouan-Al Hoceïma" },
    { "CL-AR", "CL", "La Araucanía" },
    { "AR-N", "AR", "Misiones" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (aict_subdivision_is_valid (cases[i].code));
      g_assert_cmpstr (aict_subdivision_get_country_code (cases[i].code), ==, cases[i].country);
      g_assert_cmpstr (aict_subdivision_get_name (cases[i].code, "en"), ==, cases[i].name);
      g_assert_nonnull (aict_subdivision_get_name (cases[i].code, "fr"));
    }

  g_assert_cmpstr (aict_subdivision_get_name ("FR-64", "fr"), ==, "Pyrénées-Atlantiques");
  /* Untranslated in French: the English (local) name. */
  g_assert_cmpstr (aict_subdivision_get_name ("CL-AR", "fr"), ==, "La Araucanía");

  g_assert_false (aict_subdivision_is_valid ("FR-99"));
  g_assert_false (aict_subdivision_is_valid ("fr-24"));
  g_assert_false (aict_subdivision_is_valid ("FR24"));
  g_assert_false (aict_subdivision_is_valid ("FR"));
  g_assert_false (aict_subdivision_is_valid ("FR-"));
  g_assert_false (aict_subdivision_is_valid (""));
  g_assert_false (aict_subdivision_is_valid ("MA-LARACHE"));
  g_assert_null (aict_subdivision_get_country_code ("FR-99"));
  g_assert_null (aict_subdivision_get_name ("FR-99", "fr"));
}

/* Currencies */

static void
test_currency (void)
{
  /* ISO 4217 minor units that are not 2 (the table of the library). */
  static const struct
  {
    const char *code;
    int decimals;
  } not_two[] = {
    { "BIF", 0 }, { "CLP", 0 }, { "DJF", 0 }, { "GNF", 0 }, { "ISK", 0 },
    { "JPY", 0 }, { "KMF", 0 }, { "KRW", 0 }, { "PYG", 0 }, { "RWF", 0 },
    { "UGX", 0 }, { "UYI", 0 }, { "VND", 0 }, { "VUV", 0 }, { "XAF", 0 },
    { "XOF", 0 }, { "XPF", 0 },
    { "BHD", 3 }, { "IQD", 3 }, { "JOD", 3 }, { "KWD", 3 }, { "LYD", 3 },
    { "OMR", 3 }, { "TND", 3 },
    { "CLF", 4 }, { "UYW", 4 },
  };

  g_assert_true (aict_currency_is_valid ("EUR"));
  g_assert_cmpint (aict_currency_get_decimals ("EUR"), ==, 2);
  g_assert_cmpint (aict_currency_get_decimals ("XOF"), ==, 0);
  g_assert_cmpint (aict_currency_get_decimals ("GNF"), ==, 0);
  g_assert_cmpint (aict_currency_get_decimals ("TND"), ==, 3);
  g_assert_cmpint (aict_currency_get_decimals ("MAD"), ==, 2);
  g_assert_cmpint (aict_currency_get_decimals ("USD"), ==, 2);

  /* Every entry of the table is a currency of iso-codes. */
  for (gsize i = 0; i < G_N_ELEMENTS (not_two); i++)
    {
      g_assert_true (aict_currency_is_valid (not_two[i].code));
      g_assert_cmpint (aict_currency_get_decimals (not_two[i].code), ==, not_two[i].decimals);
    }

  g_assert_false (aict_currency_is_valid ("EURO"));
  g_assert_false (aict_currency_is_valid ("eur"));
  g_assert_false (aict_currency_is_valid ("EU"));
  g_assert_false (aict_currency_is_valid (""));
  g_assert_false (aict_currency_is_valid ("FRF"));   /* withdrawn in 2002 */
  g_assert_cmpint (aict_currency_get_decimals ("EURO"), ==, -1);
  g_assert_cmpint (aict_currency_get_decimals ("FRF"), ==, -1);
  g_assert_null (aict_currency_get_name ("EURO", "fr"));

  g_assert_cmpstr (aict_currency_get_name ("EUR", "en"), ==, "Euro");
  g_assert_cmpstr (aict_currency_get_name ("XOF", "en"), ==, "CFA Franc BCEAO");
  g_assert_cmpstr (aict_currency_get_name ("XOF", "fr"), ==, "Franc CFA (BCEAO)");
  g_assert_cmpstr (aict_currency_get_name ("GNF", "fr"), ==, "Franc guinéen");
  g_assert_cmpstr (aict_currency_get_name ("TND", "fr"), ==, "Dinar tunisien");
}

/* Themes */

static void
test_theme_list (void)
{
  g_auto(GStrv) codes = aict_theme_list_codes ();

  g_assert_cmpuint (g_strv_length (codes), ==, G_N_ELEMENTS (expected_themes));
  for (gsize i = 0; i < G_N_ELEMENTS (expected_themes); i++)
    g_assert_cmpstr (codes[i], ==, expected_themes[i].code);
}

static void
test_theme_labels (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (expected_themes); i++)
    {
      const char *code = expected_themes[i].code;
      const char *fr = aict_theme_get_label (code, "fr");
      const char *en = aict_theme_get_label (code, "en");

      g_assert_true (aict_theme_is_valid (code));
      g_assert_nonnull (fr);
      g_assert_nonnull (en);
      g_assert_cmpuint (strlen (fr), >, 0);
      g_assert_cmpuint (strlen (en), >, 0);
      g_assert_true (g_utf8_validate (fr, -1, NULL));
      g_assert_cmpstr (aict_theme_get_dac_code (code), ==, expected_themes[i].dac);
    }

  g_assert_cmpstr (aict_theme_get_label ("water", "fr"), ==, "Eau et assainissement");
  g_assert_cmpstr (aict_theme_get_label ("water", "en"), ==, "Water and sanitation");
  g_assert_cmpstr (aict_theme_get_label ("water", "fr_BE"), ==, "Eau et assainissement");
  g_assert_cmpstr (aict_theme_get_label ("water", "de"), ==, "Water and sanitation");
  g_assert_cmpstr (aict_theme_get_label ("water", "fra"), ==, "Water and sanitation");
  g_assert_cmpstr (aict_theme_get_label ("heritage", "fr"), ==, "Patrimoine");

  g_assert_false (aict_theme_is_valid ("Water"));
  g_assert_false (aict_theme_is_valid ("eau"));
  g_assert_false (aict_theme_is_valid (""));
  g_assert_null (aict_theme_get_label ("eau", "fr"));
  g_assert_null (aict_theme_get_dac_code ("eau"));
}

static void
test_theme_labels_locale (void)
{
  if (!g_test_subprocess ())
    {
      /* The environment must not leak into the other tests. */
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  g_assert_cmpstr (aict_theme_get_label ("water", NULL), ==, "Eau et assainissement");
  g_setenv ("LC_ALL", "C", TRUE);
  g_assert_cmpstr (aict_theme_get_label ("water", NULL), ==, "Water and sanitation");
  g_setenv ("LANGUAGE", "de:fr", TRUE);
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  g_assert_cmpstr (aict_theme_get_label ("water", NULL), ==, "Eau et assainissement");
}

/* Concurrency: in a fresh process, eight threads make their first lookups
 * at the same moment; all must see the same, complete tables. */

#define N_THREADS 8

typedef struct
{
  GMutex      *lock;
  GCond       *cond;
  gboolean    *go;
  const char  *country_fr;
  const char  *country_en;
  const char  *subdivision_fr;
  const char  *subdivision_country;
  const char  *currency_fr;
  const char  *theme_fr;
  const char  *theme_dac;
  int          decimals;
  gboolean     valid;
  guint        n_themes;
  guint        n_countries;
} ThreadData;

static gpointer
lookup_thread (gpointer user_data)
{
  ThreadData *data = user_data;
  g_auto(GStrv) themes = NULL;
  g_auto(GStrv) countries = NULL;

  g_mutex_lock (data->lock);
  while (!*data->go)
    g_cond_wait (data->cond, data->lock);
  g_mutex_unlock (data->lock);

  data->valid = (aict_country_is_valid ("FR") &&
                 aict_subdivision_is_valid ("FR-24") &&
                 aict_currency_is_valid ("EUR") &&
                 aict_theme_is_valid ("water"));
  data->country_fr = aict_country_get_name ("DE", "fr");
  data->country_en = aict_country_get_name ("DE", "en");
  data->subdivision_fr = aict_subdivision_get_name ("FR-64", "fr");
  data->subdivision_country = aict_subdivision_get_country_code ("MA-LAR");
  data->currency_fr = aict_currency_get_name ("XOF", "fr");
  data->decimals = aict_currency_get_decimals ("TND");
  data->theme_fr = aict_theme_get_label ("water", "fr");
  data->theme_dac = aict_theme_get_dac_code ("water");
  themes = aict_theme_list_codes ();
  countries = aict_country_list_codes ();
  data->n_themes = g_strv_length (themes);
  data->n_countries = g_strv_length (countries);

  return NULL;
}

static void
test_concurrency (void)
{
  GMutex lock;
  GCond cond;
  gboolean go = FALSE;
  ThreadData data[N_THREADS] = { 0 };
  GThread *threads[N_THREADS];

  if (!g_test_subprocess ())
    {
      /* A fresh process, so that the lookups below are the first. */
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  g_mutex_init (&lock);
  g_cond_init (&cond);

  for (guint i = 0; i < N_THREADS; i++)
    {
      data[i].lock = &lock;
      data[i].cond = &cond;
      data[i].go = &go;
      threads[i] = g_thread_new ("lookup", lookup_thread, &data[i]);
    }

  g_mutex_lock (&lock);
  go = TRUE;
  g_cond_broadcast (&cond);
  g_mutex_unlock (&lock);

  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (threads[i]);

  for (guint i = 0; i < N_THREADS; i++)
    {
      g_assert_true (data[i].valid);
      g_assert_cmpstr (data[i].country_fr, ==, "Allemagne");
      g_assert_cmpstr (data[i].country_en, ==, "Germany");
      g_assert_cmpstr (data[i].subdivision_fr, ==, "Pyrénées-Atlantiques");
      g_assert_cmpstr (data[i].subdivision_country, ==, "MA");
      g_assert_cmpstr (data[i].currency_fr, ==, "Franc CFA (BCEAO)");
      g_assert_cmpint (data[i].decimals, ==, 3);
      g_assert_cmpstr (data[i].theme_fr, ==, "Eau et assainissement");
      g_assert_cmpstr (data[i].theme_dac, ==, "14030");
      g_assert_cmpuint (data[i].n_themes, ==, G_N_ELEMENTS (expected_themes));
      g_assert_cmpuint (data[i].n_countries, ==, data[0].n_countries);
      /* One table, one catalog: the very same strings. */
      g_assert_true (data[i].country_fr == data[0].country_fr);
      g_assert_true (data[i].subdivision_fr == data[0].subdivision_fr);
      g_assert_true (data[i].currency_fr == data[0].currency_fr);
      g_assert_true (data[i].theme_fr == data[0].theme_fr);
    }

  g_mutex_clear (&lock);
  g_cond_clear (&cond);
}

/* The .mo reader */

typedef struct
{
  const char *msgid;
  gsize       msgid_len;
  const char *msgstr;
  gsize       msgstr_len;
} MoPair;

static void
put_u32 (guint8  *p,
         guint32  value,
         gboolean big_endian)
{
  if (big_endian)
    {
      p[0] = value >> 24; p[1] = value >> 16; p[2] = value >> 8; p[3] = value;
    }
  else
    {
      p[3] = value >> 24; p[2] = value >> 16; p[1] = value >> 8; p[0] = value;
    }
}

/* Writes a catalog as msgfmt would, without a hash table. */
static GBytes *
build_mo (const MoPair *pairs,
          guint32       n,
          gboolean      big_endian)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  guint32 orig = 28, trans = 28 + 8 * n;
  guint32 offset = trans + 8 * n;

  g_byte_array_set_size (out, offset);
  memset (out->data, 0, out->len);
  put_u32 (out->data, 0x950412de, big_endian);
  put_u32 (out->data + 8, n, big_endian);
  put_u32 (out->data + 12, orig, big_endian);
  put_u32 (out->data + 16, trans, big_endian);

  for (guint32 i = 0; i < 2 * n; i++)
    {
      const MoPair *pair = &pairs[i % n];
      const char *s = i < n ? pair->msgid : pair->msgstr;
      gsize len = i < n ? pair->msgid_len : pair->msgstr_len;
      guint32 table = i < n ? orig : trans;

      put_u32 (out->data + table + 8 * (i % n), (guint32) len, big_endian);
      put_u32 (out->data + table + 8 * (i % n) + 4, out->len, big_endian);
      g_byte_array_append (out, (const guint8 *) s, (guint) len);
      g_byte_array_append (out, (const guint8 *) "", 1);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* A little-endian word of a real (little-endian) catalog. */
static guint32
get_u32 (const guint8 *p)
{
  return ((guint32) p[3] << 24) | ((guint32) p[2] << 16) | ((guint32) p[1] << 8) | p[0];
}

#define S(s) s, sizeof (s) - 1

static void
test_mo_synthetic (void)
{
  static const MoPair pairs[] = {
    { S (""), S ("Content-Type: text/plain; charset=UTF-8\nLanguage: fr\n") },
    { S ("Germany"), S ("Allemagne") },
    { S ("Untranslated"), S ("") },
    { S ("file\0files"), S ("fichier\0fichiers") },           /* plural */
    { S ("menu\004Open"), S ("Ouvrir") },                    /* context */
    { S ("Bad\xff"), S ("Mauvais") },                        /* not UTF-8 */
    { S ("Bad string"), S ("Mauv\xc3") },                    /* not UTF-8 */
    { S ("Germany"), S ("Deutschland") },                    /* duplicate */
    { S ("Guinea"), S ("Guinée") },
  };
  static const MoPair latin1[] = {
    { S (""), S ("Content-Type: text/plain; charset=ISO-8859-1\n") },
    { S ("Guinea"), S ("Guin\xe9" "e") },
  };

  for (int big_endian = 0; big_endian <= 1; big_endian++)
    {
      g_autoptr(GBytes) bytes = build_mo (pairs, G_N_ELEMENTS (pairs), big_endian);
      g_autoptr(GError) error = NULL;
      g_autoptr(AictMo) mo = aict_mo_new_from_bytes (bytes, &error);

      g_assert_no_error (error);
      g_assert_nonnull (mo);
      g_assert_cmpuint (aict_mo_get_n_entries (mo), ==, 2);
      g_assert_cmpstr (aict_mo_lookup (mo, "Germany"), ==, "Allemagne");
      g_assert_cmpstr (aict_mo_lookup (mo, "Guinea"), ==, "Guinée");
      g_assert_null (aict_mo_lookup (mo, ""));
      g_assert_null (aict_mo_lookup (mo, "Untranslated"));
      g_assert_null (aict_mo_lookup (mo, "file"));
      g_assert_null (aict_mo_lookup (mo, "Open"));
      g_assert_null (aict_mo_lookup (mo, "menu\004Open"));
      g_assert_null (aict_mo_lookup (mo, "Bad string"));
    }

  {
    g_autoptr(GBytes) bytes = build_mo (latin1, G_N_ELEMENTS (latin1), FALSE);
    g_autoptr(GError) error = NULL;
    g_autoptr(AictMo) mo = aict_mo_new_from_bytes (bytes, &error);

    g_assert_error (error, AICT_ERROR, AICT_ERROR_FAILED);
    g_assert_null (mo);
  }

  {
    g_autoptr(GBytes) bytes = build_mo (NULL, 0, FALSE);
    g_autoptr(GError) error = NULL;
    g_autoptr(AictMo) mo = aict_mo_new_from_bytes (bytes, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (aict_mo_get_n_entries (mo), ==, 0);
  }
}

static GBytes *
read_real_mo (void)
{
  char *contents;
  gsize length;

  if (!g_file_get_contents (FR_MO_3166_1, &contents, &length, NULL))
    return NULL;

  return g_bytes_new_take (contents, length);
}

static void
assert_corrupt (const guint8 *data,
                gsize         size)
{
  /* A copy of exactly @size bytes, so that ASan sees any read past it. */
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(AictMo) mo = aict_mo_new_from_bytes (bytes, &error);

  g_assert_null (mo);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_CORRUPT);
}

static void
test_mo_real (void)
{
  g_autoptr(GBytes) bytes = read_real_mo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AictMo) mo = NULL;
  g_autoptr(AictMo) swapped_mo = NULL;
  g_autoptr(GBytes) swapped_bytes = NULL;
  g_autofree guint8 *swapped = NULL;
  const guint8 *data;
  gsize size;
  guint32 n, orig, trans;

  if (bytes == NULL)
    {
      g_test_skip ("no " FR_MO_3166_1);
      return;
    }

  data = g_bytes_get_data (bytes, &size);
  mo = aict_mo_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (aict_mo_get_n_entries (mo), >, 400);
  g_assert_cmpstr (aict_mo_lookup (mo, "Germany"), ==, "Allemagne");

  /* The same catalog in big-endian order reads the same. */
  g_assert_cmphex (get_u32 (data), ==, 0x950412de);
  swapped = g_memdup2 (data, size);
  n = get_u32 (data + 8);
  orig = get_u32 (data + 12);
  trans = get_u32 (data + 16);
  for (guint32 off = 0; off < 28; off += 4)
    put_u32 (swapped + off, get_u32 (data + off), TRUE);
  for (guint32 i = 0; i < 2 * n; i++)
    {
      guint32 entry = (i < n ? orig : trans) + 8 * (i % n);

      put_u32 (swapped + entry, get_u32 (data + entry), TRUE);
      put_u32 (swapped + entry + 4, get_u32 (data + entry + 4), TRUE);
    }
  swapped_bytes = g_bytes_new (swapped, size);
  swapped_mo = aict_mo_new_from_bytes (swapped_bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (aict_mo_get_n_entries (swapped_mo), ==, aict_mo_get_n_entries (mo));
  g_assert_cmpstr (aict_mo_lookup (swapped_mo, "Morocco"), ==, "Maroc");
}

static void
test_mo_truncated (void)
{
  g_autoptr(GBytes) bytes = read_real_mo ();
  const guint8 *data;
  gsize size;

  if (bytes == NULL)
    {
      g_test_skip ("no " FR_MO_3166_1);
      return;
    }

  data = g_bytes_get_data (bytes, &size);

  /* The last string ends the file, so every truncation loses a NUL. */
  for (gsize len = 0; len < size; len += (len < 1024 ? 1 : 61))
    assert_corrupt (data, len);
  assert_corrupt (data, size - 1);
}

static void
test_mo_damaged (void)
{
  g_autoptr(GBytes) bytes = read_real_mo ();
  g_autofree guint8 *copy = NULL;
  const guint8 *data;
  gsize size;
  guint32 orig, first_len, first_off;

  if (bytes == NULL)
    {
      g_test_skip ("no " FR_MO_3166_1);
      return;
    }

  data = g_bytes_get_data (bytes, &size);
  copy = g_malloc (size);
  orig = get_u32 (data + 12);
  first_len = get_u32 (data + orig + 8);   /* entry 1: entry 0 is the header */
  first_off = get_u32 (data + orig + 12);

#define DAMAGE(offset, value) \
  G_STMT_START { \
    memcpy (copy, data, size); \
    put_u32 (copy + (offset), (value), FALSE); \
    assert_corrupt (copy, size); \
  } G_STMT_END

  DAMAGE (0, 0x12345678);                 /* magic */
  DAMAGE (4, 2u << 16);                   /* major revision */
  DAMAGE (8, 0xffffffff);                 /* N */
  DAMAGE (8, 0x20000000);                 /* N * 8 wraps in 32 bits */
  DAMAGE (12, (guint32) size - 4);        /* O */
  DAMAGE (12, 0xfffffffc);
  DAMAGE (16, 0xfffffff8);                /* T */
  DAMAGE (orig + 8, 0xffffffff);          /* a length */
  DAMAGE (orig + 8, (guint32) size);
  DAMAGE (orig + 12, 0xfffffff0);         /* an offset: offset + length wraps */
  DAMAGE (orig + 12, (guint32) size);
  DAMAGE (orig + 12, (guint32) size - 1);

  /* A string without its NUL. */
  memcpy (copy, data, size);
  copy[first_off + first_len] = 'x';
  assert_corrupt (copy, size);

#undef DAMAGE
}

static void
test_mo_fuzz (void)
{
  g_autoptr(GBytes) bytes = read_real_mo ();
  g_autofree guint8 *copy = NULL;
  const guint8 *data;
  gsize size;
  guint32 n, trans;
  guint n_ok = 0, n_failed = 0;

  if (bytes == NULL)
    {
      g_test_skip ("no " FR_MO_3166_1);
      return;
    }

  data = g_bytes_get_data (bytes, &size);
  copy = g_malloc (size);
  n = get_u32 (data + 8);
  trans = get_u32 (data + 16);

  for (guint iter = 0; iter < 2000; iter++)
    {
      g_autoptr(GBytes) damaged = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(AictMo) mo = NULL;
      guint n_flips = g_test_rand_int_range (1, 9);

      memcpy (copy, data, size);
      for (guint f = 0; f < n_flips; f++)
        {
          /* Mostly the header and tables, where damage matters. */
          gsize where = g_test_rand_bit ()
                        ? (gsize) g_test_rand_int_range (0, (gint32) (trans + 8 * n))
                        : (gsize) g_test_rand_int_range (0, (gint32) size);

          copy[where] = (guint8) g_test_rand_int_range (0, 256);
        }

      damaged = g_bytes_new (copy, size);
      mo = aict_mo_new_from_bytes (damaged, &error);
      if (mo != NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (aict_mo_get_n_entries (mo), <=, n);
          (void) aict_mo_lookup (mo, "Germany");
          (void) aict_mo_lookup (mo, "France");
          n_ok++;
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == AICT_ERROR);
          n_failed++;
        }
    }

  g_test_message ("fuzz: %u parsed, %u rejected", n_ok, n_failed);
}

static void
test_mo_file (void)
{
  g_autoptr(GBytes) bytes = read_real_mo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AictMo) mo = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const guint8 *data;
  gsize size;

  mo = aict_mo_new_from_file ("/nonexistent/fr/LC_MESSAGES/iso_3166-1.mo", &error);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_null (mo);
  g_clear_error (&error);

  mo = aict_mo_new_from_file ("/", &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_IO);
  g_assert_null (mo);
  g_clear_error (&error);

  if (bytes == NULL)
    {
      g_test_skip ("no " FR_MO_3166_1);
      return;
    }

  data = g_bytes_get_data (bytes, &size);
  dir = g_dir_make_tmp ("test-codelist-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "truncated.mo", NULL);
  g_assert_true (g_file_set_contents (path, (const char *) data, (gssize) (size / 2), &error));
  g_assert_no_error (error);

  mo = aict_mo_new_from_file (path, &error);
  g_assert_error (error, AICT_ERROR, AICT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "truncated.mo"));
  g_assert_null (mo);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/codelist/country/valid", test_country_valid);
  g_test_add_func ("/aict/codelist/country/null", test_country_null);
  g_test_add_func ("/aict/codelist/country/names", test_country_names);
  g_test_add_func ("/aict/codelist/country/names-locale", test_country_names_locale);
  g_test_add_func ("/aict/codelist/country/list", test_country_list);
  g_test_add_func ("/aict/codelist/subdivision", test_subdivision);
  g_test_add_func ("/aict/codelist/currency", test_currency);
  g_test_add_func ("/aict/codelist/theme/list", test_theme_list);
  g_test_add_func ("/aict/codelist/theme/labels", test_theme_labels);
  g_test_add_func ("/aict/codelist/theme/labels-locale", test_theme_labels_locale);
  g_test_add_func ("/aict/codelist/concurrency", test_concurrency);
  g_test_add_func ("/aict/codelist/mo/synthetic", test_mo_synthetic);
  g_test_add_func ("/aict/codelist/mo/real", test_mo_real);
  g_test_add_func ("/aict/codelist/mo/truncated", test_mo_truncated);
  g_test_add_func ("/aict/codelist/mo/damaged", test_mo_damaged);
  g_test_add_func ("/aict/codelist/mo/fuzz", test_mo_fuzz);
  g_test_add_func ("/aict/codelist/mo/file", test_mo_file);

  return g_test_run ();
}
