/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-filter-private.h"
#include "aict-codelist.h"
#include "aict-partial-date.h"
#include "aict-i18n-private.h"
#include "aict-util-private.h"

/**
 * AictFilter:
 *
 * What to look for in a dataset: the criteria of
 * [method@Aict.Dataset.filter_partnerships] and its siblings, of
 * [method@Aict.Dataset.get_budget_totals], [method@Aict.Dataset.count] and
 * [method@Aict.Dataset.find_overlaps].
 *
 * Values given for the same criterion are alternatives (two countries: in
 * either); different criteria must all hold.  A filter with no criterion
 * matches everything.
 *
 * | criterion | partnerships | actors | persons | meetings | outcomes | budget lines |
 * |---|---|---|---|---|---|---|
 * | country | its countries | via its partnerships | — | its place | — | via its partnership |
 * | theme | its themes and its components' | via its partnerships | — | its contributions' and outcomes' | its themes | via its partnership |
 * | status | its status | via its partnerships | — | — | — | via its partnership |
 * | actor | a participant | a fellow participant | an affiliation | an organiser or a body represented | its owner or an actor it names | its actor, or a participant of its partnership |
 * | role | the actor's role | its own role | — | — | — | — |
 * | actor kind | — | its kind | — | — | — | — |
 * | period | start to end | via its partnerships | — | date to end date | its due date | start to end |
 * | text | title, notes, components, participants, countries, themes | name, short name, notes | names, posts | title, place, notes | text, notes | label, notes |
 * | owner, meeting, outcome kind and status, overdue | — | — | — | — | ✓ | — |
 * | budget kind | — | — | — | — | — | its kind |
 *
 * An actor given as a criterion stands for itself and its units (the
 * actors whose parent chain leads to it).  A criterion that does not apply
 * to what is asked for makes the query fail with
 * %AICT_ERROR_INVALID_ARGUMENT rather than be ignored.
 *
 * Periods compare partial dates by their precision: "2016" covers the
 * whole year.  Something matches a period when what is known of its dates
 * overlaps it; something without any date does not match.
 *
 * Text is matched without regard to case or accents: each word of the text
 * must begin a word of the object ("senegal" finds "Sénégal", "coop" finds
 * "coopération").
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (AictFilter, aict_filter, G_TYPE_OBJECT)

static void
aict_filter_finalize (GObject *object)
{
  AictFilter *self = AICT_FILTER (object);

  g_ptr_array_unref (self->countries);
  g_ptr_array_unref (self->themes);
  g_free (self->actor);
  g_free (self->owner);
  g_free (self->meeting);
  g_clear_pointer (&self->from, aict_partial_date_free);
  g_clear_pointer (&self->to, aict_partial_date_free);
  g_clear_pointer (&self->overdue_at, aict_partial_date_free);
  g_free (self->text);
  g_strfreev (self->terms);

  G_OBJECT_CLASS (aict_filter_parent_class)->finalize (object);
}

static void
aict_filter_class_init (AictFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_filter_finalize;
}

static void
aict_filter_init (AictFilter *self)
{
  self->countries = g_ptr_array_new_with_free_func (g_free);
  self->themes = g_ptr_array_new_with_free_func (g_free);
}

/**
 * aict_filter_new:
 *
 * Creates a filter without criteria, which matches everything.
 *
 * Returns: (transfer full): a new [class@Aict.Filter]
 *
 * Since: 0.1
 */
AictFilter *
aict_filter_new (void)
{
  return g_object_new (AICT_TYPE_FILTER, NULL);
}

static void
add_unique (GPtrArray  *list,
            const char *value)
{
  for (guint i = 0; i < list->len; i++)
    if (strcmp (g_ptr_array_index (list, i), value) == 0)
      return;

  g_ptr_array_add (list, g_strdup (value));
}

/**
 * aict_filter_add_country:
 * @self: an [class@Aict.Filter]
 * @code: an ISO 3166-1 alpha-2 country code, such as `MA`
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Adds a country to look for.  Fails with %AICT_ERROR_INVALID_ARGUMENT if
 * @code is not a country of iso-codes (codes are upper case).
 *
 * Returns: %TRUE if the country was added
 *
 * Since: 0.1
 */
gboolean
aict_filter_add_country (AictFilter  *self,
                         const char  *code,
                         GError     **error)
{
  g_return_val_if_fail (AICT_IS_FILTER (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!aict_country_is_valid (code))
    {
      g_autofree char *shown = g_utf8_make_valid (code, -1);

      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an ISO 3166-1 country code (such as MA or SN)"),
                   shown);
      return FALSE;
    }

  add_unique (self->countries, code);

  return TRUE;
}

/**
 * aict_filter_add_theme:
 * @self: an [class@Aict.Filter]
 * @code: a theme code, such as `water` (see aict_theme_list_codes())
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Adds a theme to look for.  Fails with %AICT_ERROR_INVALID_ARGUMENT if
 * @code is not in the theme codelist.
 *
 * Returns: %TRUE if the theme was added
 *
 * Since: 0.1
 */
gboolean
aict_filter_add_theme (AictFilter  *self,
                       const char  *code,
                       GError     **error)
{
  g_return_val_if_fail (AICT_IS_FILTER (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!aict_theme_is_valid (code))
    {
      g_autofree char *shown = g_utf8_make_valid (code, -1);

      g_set_error (error, AICT_ERROR, AICT_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a theme of the codelist"), shown);
      return FALSE;
    }

  add_unique (self->themes, code);

  return TRUE;
}

#define ADD_BIT(field, value, n_values) \
  G_STMT_START { \
    g_return_if_fail ((guint) (value) < (n_values)); \
    self->field |= 1u << (value); \
  } G_STMT_END

/**
 * aict_filter_add_status:
 * @self: an [class@Aict.Filter]
 * @status: a partnership status to look for
 *
 * Adds a partnership status; statuses added are alternatives.
 *
 * Since: 0.1
 */
void
aict_filter_add_status (AictFilter            *self,
                        AictPartnershipStatus  status)
{
  g_return_if_fail (AICT_IS_FILTER (self));
  ADD_BIT (statuses, status, AICT_PARTNERSHIP_STATUS_ABANDONED + 1);
}

/**
 * aict_filter_add_role:
 * @self: an [class@Aict.Filter]
 * @role: a participant role
 *
 * Restricts the actor criterion to these roles (for partnerships: the
 * actor takes part in one of them; for actors: the actors found take part
 * in one of them).  Without an actor, partnerships match when any of their
 * participants has one of the roles.
 *
 * Since: 0.1
 */
void
aict_filter_add_role (AictFilter          *self,
                      AictParticipantRole  role)
{
  g_return_if_fail (AICT_IS_FILTER (self));
  ADD_BIT (roles, role, AICT_PARTICIPANT_ROLE_SUPPORTER + 1);
}

/**
 * aict_filter_add_actor_kind:
 * @self: an [class@Aict.Filter]
 * @kind: an actor kind
 *
 * Adds an actor kind to look for (actors only; for overlaps, the kinds of
 * home-side actors to consider).
 *
 * Since: 0.1
 */
void
aict_filter_add_actor_kind (AictFilter    *self,
                            AictActorKind  kind)
{
  g_return_if_fail (AICT_IS_FILTER (self));
  ADD_BIT (actor_kinds, kind, AICT_ACTOR_KIND_SERVICE + 1);
}

/**
 * aict_filter_add_budget_kind:
 * @self: an [class@Aict.Filter]
 * @kind: a budget kind
 *
 * Adds a budget kind to look for (budget lines only).
 *
 * Since: 0.1
 */
void
aict_filter_add_budget_kind (AictFilter     *self,
                             AictBudgetKind  kind)
{
  g_return_if_fail (AICT_IS_FILTER (self));
  ADD_BIT (budget_kinds, kind, AICT_BUDGET_KIND_ESTIMATE + 1);
}

/**
 * aict_filter_add_outcome_kind:
 * @self: an [class@Aict.Filter]
 * @kind: an outcome kind
 *
 * Adds an outcome kind to look for (outcomes only).
 *
 * Since: 0.1
 */
void
aict_filter_add_outcome_kind (AictFilter      *self,
                              AictOutcomeKind  kind)
{
  g_return_if_fail (AICT_IS_FILTER (self));
  ADD_BIT (outcome_kinds, kind, AICT_OUTCOME_KIND_NEXT_MEETING + 1);
}

/**
 * aict_filter_add_outcome_status:
 * @self: an [class@Aict.Filter]
 * @status: an outcome status
 *
 * Adds an outcome status to look for (outcomes only).
 *
 * Since: 0.1
 */
void
aict_filter_add_outcome_status (AictFilter        *self,
                                AictOutcomeStatus  status)
{
  g_return_if_fail (AICT_IS_FILTER (self));
  ADD_BIT (outcome_statuses, status, AICT_OUTCOME_STATUS_CANCELLED + 1);
}

/**
 * aict_filter_set_actor:
 * @self: an [class@Aict.Filter]
 * @actor_id: (nullable): the id of an actor, or %NULL for any
 *
 * Sets the actor to look for (see the table above for what it means for
 * each kind of object).  An id the dataset does not hold makes the query
 * fail with %AICT_ERROR_NOT_FOUND.
 *
 * Since: 0.1
 */
void
aict_filter_set_actor (AictFilter *self,
                       const char *actor_id)
{
  g_return_if_fail (AICT_IS_FILTER (self));
  aict_set_str (&self->actor, actor_id);
}

/**
 * aict_filter_get_actor:
 * @self: an [class@Aict.Filter]
 *
 * Gets the actor criterion.
 *
 * Returns: (nullable): the actor criterion
 *
 * Since: 0.1
 */
const char *
aict_filter_get_actor (AictFilter *self)
{
  g_return_val_if_fail (AICT_IS_FILTER (self), NULL);
  return self->actor;
}

/**
 * aict_filter_set_owner:
 * @self: an [class@Aict.Filter]
 * @actor_id: (nullable): the id of an actor, or %NULL for any
 *
 * Sets the owner to look for (outcomes only): the actor, or one of its
 * units, who must carry an action out.
 *
 * Since: 0.1
 */
void
aict_filter_set_owner (AictFilter *self,
                       const char *actor_id)
{
  g_return_if_fail (AICT_IS_FILTER (self));
  aict_set_str (&self->owner, actor_id);
}

/**
 * aict_filter_get_owner:
 * @self: an [class@Aict.Filter]
 *
 * Gets the owner criterion.
 *
 * Returns: (nullable): the owner criterion
 *
 * Since: 0.1
 */
const char *
aict_filter_get_owner (AictFilter *self)
{
  g_return_val_if_fail (AICT_IS_FILTER (self), NULL);
  return self->owner;
}

/**
 * aict_filter_set_meeting:
 * @self: an [class@Aict.Filter]
 * @meeting_id: (nullable): the id of a meeting, or %NULL for any
 *
 * Sets the meeting whose outcomes to look for (outcomes only).
 *
 * Since: 0.1
 */
void
aict_filter_set_meeting (AictFilter *self,
                         const char *meeting_id)
{
  g_return_if_fail (AICT_IS_FILTER (self));
  aict_set_str (&self->meeting, meeting_id);
}

/**
 * aict_filter_get_meeting:
 * @self: an [class@Aict.Filter]
 *
 * Gets the meeting criterion.
 *
 * Returns: (nullable): the meeting criterion
 *
 * Since: 0.1
 */
const char *
aict_filter_get_meeting (AictFilter *self)
{
  g_return_val_if_fail (AICT_IS_FILTER (self), NULL);
  return self->meeting;
}

static void
replace_date (AictPartialDate       **pointer,
              const AictPartialDate  *date)
{
  g_clear_pointer (pointer, aict_partial_date_free);
  if (date != NULL)
    *pointer = aict_partial_date_copy (date);
}

/**
 * aict_filter_set_period:
 * @self: an [class@Aict.Filter]
 * @from: (nullable): the first day of the period, or %NULL for no bound
 * @to: (nullable): the last day of the period, or %NULL for no bound
 *
 * Sets the period to look in: from the first day of @from to the last day
 * of @to ("2016" to "2016" is the whole of 2016).  %NULL for both removes
 * the criterion.
 *
 * Since: 0.1
 */
void
aict_filter_set_period (AictFilter            *self,
                        const AictPartialDate *from,
                        const AictPartialDate *to)
{
  g_return_if_fail (AICT_IS_FILTER (self));

  replace_date (&self->from, from);
  replace_date (&self->to, to);
}

/**
 * aict_filter_set_overdue_at:
 * @self: an [class@Aict.Filter]
 * @date: (nullable): a date, or %NULL to remove the criterion
 *
 * Looks for outcomes overdue at @date (outcomes only): see
 * [method@Aict.Outcome.is_overdue].
 *
 * Since: 0.1
 */
void
aict_filter_set_overdue_at (AictFilter            *self,
                            const AictPartialDate *date)
{
  g_return_if_fail (AICT_IS_FILTER (self));
  replace_date (&self->overdue_at, date);
}

/**
 * aict_filter_set_text:
 * @self: an [class@Aict.Filter]
 * @text: (nullable): words to look for, or %NULL
 *
 * Sets the words to look for, ignoring case and accents: each must begin a
 * word of the object.  A text without any letter or digit removes the
 * criterion.
 *
 * Since: 0.1
 */
void
aict_filter_set_text (AictFilter *self,
                      const char *text)
{
  g_return_if_fail (AICT_IS_FILTER (self));

  if (!aict_set_str (&self->text, text))
    return;

  g_clear_pointer (&self->terms, g_strfreev);
  if (text != NULL)
    {
      self->terms = _aict_fold_words (text);
      if (self->terms[0] == NULL)
        g_clear_pointer (&self->terms, g_strfreev);
    }
}

/**
 * aict_filter_get_text:
 * @self: an [class@Aict.Filter]
 *
 * Gets the text criterion, as given.
 *
 * Returns: (nullable): the text criterion, as given
 *
 * Since: 0.1
 */
const char *
aict_filter_get_text (AictFilter *self)
{
  g_return_val_if_fail (AICT_IS_FILTER (self), NULL);
  return self->text;
}

/**
 * aict_filter_is_empty:
 * @self: an [class@Aict.Filter]
 *
 * Checks whether @self has no criterion (it matches everything).
 *
 * Returns: %TRUE if @self has no criterion (it matches everything)
 *
 * Since: 0.1
 */
gboolean
aict_filter_is_empty (AictFilter *self)
{
  g_return_val_if_fail (AICT_IS_FILTER (self), FALSE);

  return self->countries->len == 0 && self->themes->len == 0 &&
         self->statuses == 0 && self->roles == 0 && self->actor_kinds == 0 &&
         self->budget_kinds == 0 && self->outcome_kinds == 0 &&
         self->outcome_statuses == 0 && self->actor == NULL &&
         self->owner == NULL && self->meeting == NULL && self->from == NULL &&
         self->to == NULL && self->overdue_at == NULL && self->terms == NULL;
}

/**
 * aict_fold_text:
 * @text: a UTF-8 string (invalid sequences are replaced)
 *
 * Folds @text the way text criteria compare it: compatibility
 * decomposition, accents and other combining marks removed, case folded.
 * "Sénégal" and "SENEGAL" both give "senegal"; "Œuvre" gives "œuvre".
 *
 * Returns: (transfer full): the folded text
 *
 * Since: 0.1
 */
char *
aict_fold_text (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;
  GString *bare;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKD);
  bare = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK ||
          type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;
      g_string_append_unichar (bare, c);
    }

  {
    g_autofree char *bare_text = g_string_free (bare, FALSE);
    return g_utf8_casefold (bare_text, -1);
  }
}

static GPtrArray *
copy_list (GPtrArray *list)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (list, i)));

  return copy;
}

AictFilter *
_aict_filter_copy (AictFilter *filter)
{
  AictFilter *copy = aict_filter_new ();

  if (filter == NULL)
    return copy;

  g_ptr_array_unref (copy->countries);
  copy->countries = copy_list (filter->countries);
  g_ptr_array_unref (copy->themes);
  copy->themes = copy_list (filter->themes);
  copy->statuses = filter->statuses;
  copy->roles = filter->roles;
  copy->actor_kinds = filter->actor_kinds;
  copy->budget_kinds = filter->budget_kinds;
  copy->outcome_kinds = filter->outcome_kinds;
  copy->outcome_statuses = filter->outcome_statuses;
  copy->actor = g_strdup (filter->actor);
  copy->owner = g_strdup (filter->owner);
  copy->meeting = g_strdup (filter->meeting);
  aict_filter_set_period (copy, filter->from, filter->to);
  aict_filter_set_overdue_at (copy, filter->overdue_at);
  aict_filter_set_text (copy, filter->text);

  return copy;
}

const char *
_aict_next_word (const char *p,
                 gsize      *length)
{
  const char *start;

  while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return NULL;

  start = p;
  while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  *length = p - start;

  return start;
}

char **
_aict_fold_words (const char *text)
{
  g_autofree char *folded = aict_fold_text (text);
  GPtrArray *words = g_ptr_array_new ();
  const char *word = folded;
  gsize length = 0;

  while ((word = _aict_next_word (word, &length)) != NULL)
    {
      gboolean seen = FALSE;

      for (guint i = 0; i < words->len && !seen; i++)
        seen = strlen (g_ptr_array_index (words, i)) == length &&
               strncmp (g_ptr_array_index (words, i), word, length) == 0;
      if (!seen)
        g_ptr_array_add (words, g_strndup (word, length));
      word += length;
    }

  g_ptr_array_add (words, NULL);

  return (char **) g_ptr_array_free (words, FALSE);
}
