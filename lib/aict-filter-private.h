/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "aict-filter.h"

G_BEGIN_DECLS

/* The criteria of an AictFilter, read by the query code (aict-query.c).
 * Enumerated criteria are bit sets: bit v is set when value v was added
 * (every libaict enumeration has fewer than 32 values).  Lists keep the
 * order of addition, without repeats. */
struct _AictFilter
{
  GObject parent_instance;

  GPtrArray *countries;      /* char *, upper-case ISO 3166-1 codes */
  GPtrArray *themes;         /* char *, theme codes */
  guint32 statuses;          /* AictPartnershipStatus */
  guint32 roles;             /* AictParticipantRole */
  guint32 actor_kinds;       /* AictActorKind */
  guint32 budget_kinds;      /* AictBudgetKind */
  guint32 outcome_kinds;     /* AictOutcomeKind */
  guint32 outcome_statuses;  /* AictOutcomeStatus */
  char *actor;
  char *owner;
  char *meeting;
  AictPartialDate *from;
  AictPartialDate *to;
  AictPartialDate *overdue_at;
  char *text;
  char **terms;              /* @text folded and split into words */
};

/* A new filter with the criteria of @filter (NULL: none), for the
 * queries that run a part of a filter on another target. */
AictFilter *_aict_filter_copy (AictFilter *filter);

/* The first word (a run of letters and digits) of @p, or NULL if there
 * is none; its length in bytes in @length. */
const char *_aict_next_word (const char *p,
                             gsize      *length);

/* The folded words of @text (see aict_fold_text()), in order, without
 * repeats; NULL-terminated, never NULL. */
char  **_aict_fold_words (const char *text);

G_END_DECLS
