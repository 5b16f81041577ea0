/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "aict-labels.h"

/* Human labels of the enumerations, in English and French.  The machine
 * names are the enum nicks (aict/1 and --json); these are for people.
 * Both languages live here rather than in a message catalogue so that
 * they work uninstalled, from any binding, whatever the process locale. */

typedef struct
{
  const char *en;
  const char *fr;
} Label;

static gboolean
want_french (const char *language)
{
  if (language == NULL)
    {
      const char *messages = setlocale (LC_MESSAGES, NULL);

      return messages != NULL && strncmp (messages, "fr", 2) == 0;
    }

  return strncmp (language, "fr", 2) == 0 &&
         (language[2] == '\0' || language[2] == '_' || language[2] == '-');
}

static const char *
pick (const Label *label,
      const char  *language)
{
  return want_french (language) ? label->fr : label->en;
}

static const Label actor_kind_labels[] = {
  { "other", "autre" },  /* other */
  { "region", "région" },  /* region */
  { "département", "département" },  /* departement */
  { "commune", "commune" },  /* commune */
  { "intercommunality", "intercommunalité" },  /* intercommunality */
  { "foreign local authority", "collectivité étrangère" },  /* foreign-authority */
  { "State", "État" },  /* state */
  { "ministry", "ministère" },  /* ministry */
  { "public agency", "agence publique" },  /* public-agency */
  { "association of local authorities", "association de collectivités" },  /* authority-association */
  { "network", "réseau" },  /* network */
  { "association", "association" },  /* association */
  { "company", "entreprise" },  /* company */
  { "chamber", "chambre consulaire" },  /* chamber */
  { "school or university", "établissement d’enseignement" },  /* education */
  { "multilateral body", "organisation multilatérale" },  /* multilateral */
  { "service", "service" },  /* service */
};

/**
 * aict_actor_kind_get_label:
 * @kind: a [enum@Aict.ActorKind]
 * @language: (nullable): `"en"` or `"fr"` (a tag such as `"fr_FR"` or
 *   `"fr-CA"` counts as French); %NULL for the language of the current
 *   `LC_MESSAGES` locale
 *
 * Gets a label of @kind for people.  Machine-readable output uses the
 * enumeration's nick instead.  Languages other than French give English.
 *
 * Returns: (transfer none): the label, in lower case
 *
 * Since: 0.1
 */
const char *
aict_actor_kind_get_label (AictActorKind kind,
                           const char *language)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (actor_kind_labels) == AICT_ACTOR_KIND_SERVICE + 1);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (actor_kind_labels), NULL);

  return pick (&actor_kind_labels[kind], language);
}

static const Label participant_role_labels[] = {
  { "lead", "chef de file" },  /* lead */
  { "partner", "partenaire" },  /* partner */
  { "operator", "opérateur" },  /* operator */
  { "funder", "cofinanceur" },  /* funder */
  { "supporter", "soutien" },  /* supporter */
};

/**
 * aict_participant_role_get_label:
 * @role: a [enum@Aict.ParticipantRole]
 * @language: (nullable): `"en"` or `"fr"` (a tag such as `"fr_FR"` or
 *   `"fr-CA"` counts as French); %NULL for the language of the current
 *   `LC_MESSAGES` locale
 *
 * Gets a label of @role for people.  Machine-readable output uses the
 * enumeration's nick instead.  Languages other than French give English.
 *
 * Returns: (transfer none): the label, in lower case
 *
 * Since: 0.1
 */
const char *
aict_participant_role_get_label (AictParticipantRole role,
                                 const char *language)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (participant_role_labels) == AICT_PARTICIPANT_ROLE_SUPPORTER + 1);
  g_return_val_if_fail ((guint) role < G_N_ELEMENTS (participant_role_labels), NULL);

  return pick (&participant_role_labels[role], language);
}

static const Label partnership_status_labels[] = {
  { "planned", "en projet" },  /* planned */
  { "active", "active" },  /* active */
  { "slowed", "au ralenti" },  /* slowed */
  { "dormant", "en sommeil" },  /* dormant */
  { "suspended", "suspendue" },  /* suspended */
  { "ended", "terminée" },  /* ended */
  { "abandoned", "abandonnée" },  /* abandoned */
};

/**
 * aict_partnership_status_get_label:
 * @status: a [enum@Aict.PartnershipStatus]
 * @language: (nullable): `"en"` or `"fr"` (a tag such as `"fr_FR"` or
 *   `"fr-CA"` counts as French); %NULL for the language of the current
 *   `LC_MESSAGES` locale
 *
 * Gets a label of @status for people.  Machine-readable output uses the
 * enumeration's nick instead.  Languages other than French give English.
 *
 * Returns: (transfer none): the label, in lower case
 *
 * Since: 0.1
 */
const char *
aict_partnership_status_get_label (AictPartnershipStatus status,
                                   const char *language)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (partnership_status_labels) == AICT_PARTNERSHIP_STATUS_ABANDONED + 1);
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (partnership_status_labels), NULL);

  return pick (&partnership_status_labels[status], language);
}

static const Label budget_kind_labels[] = {
  { "allocated", "alloué" },  /* allocated */
  { "planned", "prévu" },  /* planned */
  { "spent", "dépensé" },  /* spent */
  { "estimate", "estimation" },  /* estimate */
};

/**
 * aict_budget_kind_get_label:
 * @kind: a [enum@Aict.BudgetKind]
 * @language: (nullable): `"en"` or `"fr"` (a tag such as `"fr_FR"` or
 *   `"fr-CA"` counts as French); %NULL for the language of the current
 *   `LC_MESSAGES` locale
 *
 * Gets a label of @kind for people.  Machine-readable output uses the
 * enumeration's nick instead.  Languages other than French give English.
 *
 * Returns: (transfer none): the label, in lower case
 *
 * Since: 0.1
 */
const char *
aict_budget_kind_get_label (AictBudgetKind kind,
                            const char *language)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (budget_kind_labels) == AICT_BUDGET_KIND_ESTIMATE + 1);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (budget_kind_labels), NULL);

  return pick (&budget_kind_labels[kind], language);
}

static const Label attendance_status_labels[] = {
  { "present", "présent" },  /* present */
  { "excused", "excusé" },  /* excused */
  { "absent", "absent" },  /* absent */
};

/**
 * aict_attendance_status_get_label:
 * @status: a [enum@Aict.AttendanceStatus]
 * @language: (nullable): `"en"` or `"fr"` (a tag such as `"fr_FR"` or
 *   `"fr-CA"` counts as French); %NULL for the language of the current
 *   `LC_MESSAGES` locale
 *
 * Gets a label of @status for people.  Machine-readable output uses the
 * enumeration's nick instead.  Languages other than French give English.
 *
 * Returns: (transfer none): the label, in lower case
 *
 * Since: 0.1
 */
const char *
aict_attendance_status_get_label (AictAttendanceStatus status,
                                  const char *language)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (attendance_status_labels) == AICT_ATTENDANCE_STATUS_ABSENT + 1);
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (attendance_status_labels), NULL);

  return pick (&attendance_status_labels[status], language);
}

static const Label attendance_role_labels[] = {
  { "participant", "participant" },  /* participant */
  { "speaker", "intervenant" },  /* speaker */
  { "organiser", "organisateur" },  /* organiser */
};

/**
 * aict_attendance_role_get_label:
 * @role: a [enum@Aict.AttendanceRole]
 * @language: (nullable): `"en"` or `"fr"` (a tag such as `"fr_FR"` or
 *   `"fr-CA"` counts as French); %NULL for the language of the current
 *   `LC_MESSAGES` locale
 *
 * Gets a label of @role for people.  Machine-readable output uses the
 * enumeration's nick instead.  Languages other than French give English.
 *
 * Returns: (transfer none): the label, in lower case
 *
 * Since: 0.1
 */
const char *
aict_attendance_role_get_label (AictAttendanceRole role,
                                const char *language)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (attendance_role_labels) == AICT_ATTENDANCE_ROLE_ORGANISER + 1);
  g_return_val_if_fail ((guint) role < G_N_ELEMENTS (attendance_role_labels), NULL);

  return pick (&attendance_role_labels[role], language);
}

static const Label outcome_kind_labels[] = {
  { "synthesis", "éléments de synthèse" },  /* synthesis */
  { "conclusion", "conclusion" },  /* conclusion */
  { "decision", "décision" },  /* decision */
  { "proposal", "proposition" },  /* proposal */
  { "action", "action" },  /* action */
  { "next meeting", "prochaine rencontre" },  /* next-meeting */
};

/**
 * aict_outcome_kind_get_label:
 * @kind: a [enum@Aict.OutcomeKind]
 * @language: (nullable): `"en"` or `"fr"` (a tag such as `"fr_FR"` or
 *   `"fr-CA"` counts as French); %NULL for the language of the current
 *   `LC_MESSAGES` locale
 *
 * Gets a label of @kind for people.  Machine-readable output uses the
 * enumeration's nick instead.  Languages other than French give English.
 *
 * Returns: (transfer none): the label, in lower case
 *
 * Since: 0.1
 */
const char *
aict_outcome_kind_get_label (AictOutcomeKind kind,
                             const char *language)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (outcome_kind_labels) == AICT_OUTCOME_KIND_NEXT_MEETING + 1);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (outcome_kind_labels), NULL);

  return pick (&outcome_kind_labels[kind], language);
}

static const Label outcome_status_labels[] = {
  { "open", "ouverte" },  /* open */
  { "in progress", "en cours" },  /* in-progress */
  { "done", "faite" },  /* done */
  { "cancelled", "annulée" },  /* cancelled */
};

/**
 * aict_outcome_status_get_label:
 * @status: a [enum@Aict.OutcomeStatus]
 * @language: (nullable): `"en"` or `"fr"` (a tag such as `"fr_FR"` or
 *   `"fr-CA"` counts as French); %NULL for the language of the current
 *   `LC_MESSAGES` locale
 *
 * Gets a label of @status for people.  Machine-readable output uses the
 * enumeration's nick instead.  Languages other than French give English.
 *
 * Returns: (transfer none): the label, in lower case
 *
 * Since: 0.1
 */
const char *
aict_outcome_status_get_label (AictOutcomeStatus status,
                               const char *language)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (outcome_status_labels) == AICT_OUTCOME_STATUS_CANCELLED + 1);
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (outcome_status_labels), NULL);

  return pick (&outcome_status_labels[status], language);
}

static const Label severity_labels[] = {
  { "info", "information" },  /* info */
  { "warning", "avertissement" },  /* warning */
  { "error", "erreur" },  /* error */
};

/**
 * aict_severity_get_label:
 * @severity: a [enum@Aict.Severity]
 * @language: (nullable): `"en"` or `"fr"` (a tag such as `"fr_FR"` or
 *   `"fr-CA"` counts as French); %NULL for the language of the current
 *   `LC_MESSAGES` locale
 *
 * Gets a label of @severity for people.  Machine-readable output uses the
 * enumeration's nick instead.  Languages other than French give English.
 *
 * Returns: (transfer none): the label, in lower case
 *
 * Since: 0.1
 */
const char *
aict_severity_get_label (AictSeverity severity,
                         const char *language)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (severity_labels) == AICT_SEVERITY_ERROR + 1);
  g_return_val_if_fail ((guint) severity < G_N_ELEMENTS (severity_labels), NULL);

  return pick (&severity_labels[severity], language);
}
