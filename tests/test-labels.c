/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Labels of the enumerations for people, in English and French. */

#include <locale.h>
#include <string.h>

#include <aict/aict.h>

typedef const char *(*LabelFunc) (int value, const char *language);

static const struct
{
  const char *name;
  GType (*get_type) (void);
  LabelFunc label;
} enums[] = {
  { "actor-kind", aict_actor_kind_get_type, (LabelFunc) aict_actor_kind_get_label },
  { "participant-role", aict_participant_role_get_type, (LabelFunc) aict_participant_role_get_label },
  { "partnership-status", aict_partnership_status_get_type, (LabelFunc) aict_partnership_status_get_label },
  { "budget-kind", aict_budget_kind_get_type, (LabelFunc) aict_budget_kind_get_label },
  { "attendance-status", aict_attendance_status_get_type, (LabelFunc) aict_attendance_status_get_label },
  { "attendance-role", aict_attendance_role_get_type, (LabelFunc) aict_attendance_role_get_label },
  { "outcome-kind", aict_outcome_kind_get_type, (LabelFunc) aict_outcome_kind_get_label },
  { "outcome-status", aict_outcome_status_get_type, (LabelFunc) aict_outcome_status_get_label },
  { "severity", aict_severity_get_type, (LabelFunc) aict_severity_get_label },
};

/* A few labels spelled out, so that a shifted table is noticed. */
static const struct
{
  LabelFunc label;
  int value;
  const char *en;
  const char *fr;
} known[] = {
  { (LabelFunc) aict_actor_kind_get_label, AICT_ACTOR_KIND_OTHER, "other", "autre" },
  { (LabelFunc) aict_actor_kind_get_label, AICT_ACTOR_KIND_FOREIGN_AUTHORITY,
    "foreign local authority", "collectivité étrangère" },
  { (LabelFunc) aict_actor_kind_get_label, AICT_ACTOR_KIND_SERVICE, "service", "service" },
  { (LabelFunc) aict_participant_role_get_label, AICT_PARTICIPANT_ROLE_LEAD, "lead", "chef de file" },
  { (LabelFunc) aict_participant_role_get_label, AICT_PARTICIPANT_ROLE_SUPPORTER, "supporter", "soutien" },
  { (LabelFunc) aict_partnership_status_get_label, AICT_PARTNERSHIP_STATUS_SLOWED, "slowed", "au ralenti" },
  { (LabelFunc) aict_partnership_status_get_label, AICT_PARTNERSHIP_STATUS_DORMANT, "dormant", "en sommeil" },
  { (LabelFunc) aict_partnership_status_get_label, AICT_PARTNERSHIP_STATUS_ABANDONED, "abandoned", "abandonnée" },
  { (LabelFunc) aict_budget_kind_get_label, AICT_BUDGET_KIND_ESTIMATE, "estimate", "estimation" },
  { (LabelFunc) aict_attendance_status_get_label, AICT_ATTENDANCE_STATUS_EXCUSED, "excused", "excusé" },
  { (LabelFunc) aict_attendance_role_get_label, AICT_ATTENDANCE_ROLE_SPEAKER, "speaker", "intervenant" },
  { (LabelFunc) aict_outcome_kind_get_label, AICT_OUTCOME_KIND_NEXT_MEETING, "next meeting", "prochaine rencontre" },
  { (LabelFunc) aict_outcome_status_get_label, AICT_OUTCOME_STATUS_IN_PROGRESS, "in progress", "en cours" },
  { (LabelFunc) aict_severity_get_label, AICT_SEVERITY_ERROR, "error", "erreur" },
  { (LabelFunc) aict_severity_get_label, AICT_SEVERITY_WARNING, "warning", "avertissement" },
};

static void
assert_label_text (const char *label)
{
  g_assert_nonnull (label);
  g_assert_cmpstr (label, !=, "");
  g_assert_true (g_utf8_validate (label, -1, NULL));
  /* One line, no stray spaces. */
  g_assert_null (strchr (label, '\n'));
  g_assert_false (g_ascii_isspace (label[0]));
  g_assert_false (g_ascii_isspace (label[strlen (label) - 1]));
}

/* Every value of every enumeration has an English and a French label. */
static void
test_labels_all_values (void)
{
  guint n_labels = 0;

  for (guint e = 0; e < G_N_ELEMENTS (enums); e++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enums[e].get_type ());
      guint n_different = 0;

      g_assert_cmpuint (klass->n_values, >, 0);
      /* The values are 0…n-1, which the tables of labels rely on. */
      g_assert_cmpint (klass->minimum, ==, 0);
      g_assert_cmpint (klass->maximum, ==, (int) klass->n_values - 1);

      for (guint i = 0; i < klass->n_values; i++)
        {
          int value = klass->values[i].value;
          const char *en = enums[e].label (value, "en");
          const char *fr = enums[e].label (value, "fr");

          assert_label_text (en);
          assert_label_text (fr);
          /* Static strings: the same pointer every time. */
          g_assert_true (enums[e].label (value, "en") == en);
          g_assert_true (enums[e].label (value, "fr") == fr);
          /* No two values share a label. */
          for (guint j = 0; j < i; j++)
            {
              g_assert_cmpstr (enums[e].label (klass->values[j].value, "en"), !=, en);
              g_assert_cmpstr (enums[e].label (klass->values[j].value, "fr"), !=, fr);
            }
          if (strcmp (en, fr) != 0)
            n_different++;
          n_labels += 2;
        }

      /* The French labels are French, not copies of the English ones. */
      g_assert_cmpuint (n_different, >, 0);
    }

  for (guint k = 0; k < G_N_ELEMENTS (known); k++)
    {
      g_assert_cmpstr (known[k].label (known[k].value, "en"), ==, known[k].en);
      g_assert_cmpstr (known[k].label (known[k].value, "fr"), ==, known[k].fr);
    }

  g_test_message ("%u labels in %u enumerations", n_labels, (guint) G_N_ELEMENTS (enums));
}

/* "fr" and French tags give French; any other language gives English. */
static void
test_labels_languages (void)
{
  static const char * const french[] = { "fr", "fr_FR", "fr-CA", "fr_FR.UTF-8", "fr_BE@euro", "fr-FR" };
  static const char * const english[] = { "en", "de", "en_US", "en-GB", "de_DE.UTF-8", "es", "",
                                           "fra", "french", "f", "C", "POSIX", "frr" };

  for (guint e = 0; e < G_N_ELEMENTS (enums); e++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enums[e].get_type ());

      for (guint i = 0; i < klass->n_values; i++)
        {
          int value = klass->values[i].value;
          const char *en = enums[e].label (value, "en");
          const char *fr = enums[e].label (value, "fr");

          for (guint l = 0; l < G_N_ELEMENTS (french); l++)
            g_assert_true (enums[e].label (value, french[l]) == fr);
          for (guint l = 0; l < G_N_ELEMENTS (english); l++)
            g_assert_true (enums[e].label (value, english[l]) == en);
        }
    }
}

/* NULL: the language of LC_MESSAGES. */
static void
test_labels_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_MESSAGES, NULL));
  gboolean tested_french = FALSE;

  g_assert_nonnull (setlocale (LC_MESSAGES, "C"));
  for (guint e = 0; e < G_N_ELEMENTS (enums); e++)
    g_assert_true (enums[e].label (0, NULL) == enums[e].label (0, "en"));

  if (setlocale (LC_MESSAGES, "fr_FR.UTF-8") != NULL)
    {
      tested_french = TRUE;
      for (guint e = 0; e < G_N_ELEMENTS (enums); e++)
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (enums[e].get_type ());

          for (guint i = 0; i < klass->n_values; i++)
            g_assert_true (enums[e].label (klass->values[i].value, NULL) ==
                           enums[e].label (klass->values[i].value, "fr"));
        }
      /* An explicit language still wins over the locale. */
      g_assert_cmpstr (aict_participant_role_get_label (AICT_PARTICIPANT_ROLE_LEAD, "en"), ==, "lead");
    }
  else
    g_test_message ("fr_FR.UTF-8 is not installed: the French locale is not tested");

  if (setlocale (LC_MESSAGES, "de_DE.UTF-8") != NULL)
    g_assert_cmpstr (aict_participant_role_get_label (AICT_PARTICIPANT_ROLE_LEAD, NULL), ==, "lead");

  /* Only LC_MESSAGES counts, not LC_ALL's other categories. */
  if (tested_french && setlocale (LC_MESSAGES, "C") != NULL && setlocale (LC_TIME, "fr_FR.UTF-8") != NULL)
    {
      g_assert_cmpstr (aict_participant_role_get_label (AICT_PARTICIPANT_ROLE_LEAD, NULL), ==, "lead");
      setlocale (LC_TIME, "");
    }

  setlocale (LC_MESSAGES, saved);

  if (!tested_french)
    g_test_skip ("fr_FR.UTF-8 is not installed (install the locales package)");
}

/* A value outside the enumeration is a programming error. */
static void
test_labels_out_of_range (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (enums); e++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enums[e].get_type ());
      const int bad[] = { (int) klass->n_values, -1, G_MAXINT };

      for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
        {
          g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*G_N_ELEMENTS*");
          g_assert_null (enums[e].label (bad[b], "fr"));
          g_test_assert_expected_messages ();

          g_test_expect_message ("Aict", G_LOG_LEVEL_CRITICAL, "*G_N_ELEMENTS*");
          g_assert_null (enums[e].label (bad[b], NULL));
          g_test_assert_expected_messages ();
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/aict/labels/all-values", test_labels_all_values);
  g_test_add_func ("/aict/labels/languages", test_labels_languages);
  g_test_add_func ("/aict/labels/locale", test_labels_locale);
  g_test_add_func ("/aict/labels/out-of-range", test_labels_out_of_range);

  return g_test_run ();
}
