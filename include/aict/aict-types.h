/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <glib-object.h>
#include <gio/gio.h>
#include <aict/aict-version-macros.h>
#include <aict/aict-error.h>

G_BEGIN_DECLS

typedef struct _AictAmount          AictAmount;
typedef struct _AictPartialDate     AictPartialDate;
typedef struct _AictSourceRef       AictSourceRef;
typedef struct _AictLoadOptions     AictLoadOptions;

/**
 * AictActorKind:
 * @AICT_ACTOR_KIND_OTHER: none of the kinds below
 * @AICT_ACTOR_KIND_REGION: a French region (conseil régional)
 * @AICT_ACTOR_KIND_DEPARTEMENT: a French département (conseil départemental)
 * @AICT_ACTOR_KIND_COMMUNE: a commune
 * @AICT_ACTOR_KIND_INTERCOMMUNALITY: a grouping of communes (communauté
 *   de communes, d'agglomération, urbaine, métropole)
 * @AICT_ACTOR_KIND_FOREIGN_AUTHORITY: a foreign local or regional authority,
 *   a partner territory
 * @AICT_ACTOR_KIND_STATE: a State or government
 * @AICT_ACTOR_KIND_MINISTRY: a ministry
 * @AICT_ACTOR_KIND_PUBLIC_AGENCY: a public agency or operator (AFD…)
 * @AICT_ACTOR_KIND_AUTHORITY_ASSOCIATION: an association of local
 *   authorities (ADF, AMF, ARF, CUF)
 * @AICT_ACTOR_KIND_NETWORK: a multi-actor network (RRMA)
 * @AICT_ACTOR_KIND_ASSOCIATION: an association or NGO
 * @AICT_ACTOR_KIND_COMPANY: a company
 * @AICT_ACTOR_KIND_CHAMBER: a chamber of commerce or trade
 * @AICT_ACTOR_KIND_EDUCATION: a school, university or training body
 * @AICT_ACTOR_KIND_MULTILATERAL: a multilateral body (UNDP…)
 * @AICT_ACTOR_KIND_SERVICE: a service or department inside another actor
 *
 * What kind of organisation an [class@Aict.Actor] is.
 */
typedef enum
{
  AICT_ACTOR_KIND_OTHER,                  /*< nick=other >*/
  AICT_ACTOR_KIND_REGION,                 /*< nick=region >*/
  AICT_ACTOR_KIND_DEPARTEMENT,            /*< nick=departement >*/
  AICT_ACTOR_KIND_COMMUNE,                /*< nick=commune >*/
  AICT_ACTOR_KIND_INTERCOMMUNALITY,       /*< nick=intercommunality >*/
  AICT_ACTOR_KIND_FOREIGN_AUTHORITY,      /*< nick=foreign-authority >*/
  AICT_ACTOR_KIND_STATE,                  /*< nick=state >*/
  AICT_ACTOR_KIND_MINISTRY,               /*< nick=ministry >*/
  AICT_ACTOR_KIND_PUBLIC_AGENCY,          /*< nick=public-agency >*/
  AICT_ACTOR_KIND_AUTHORITY_ASSOCIATION,  /*< nick=authority-association >*/
  AICT_ACTOR_KIND_NETWORK,                /*< nick=network >*/
  AICT_ACTOR_KIND_ASSOCIATION,            /*< nick=association >*/
  AICT_ACTOR_KIND_COMPANY,                /*< nick=company >*/
  AICT_ACTOR_KIND_CHAMBER,                /*< nick=chamber >*/
  AICT_ACTOR_KIND_EDUCATION,              /*< nick=education >*/
  AICT_ACTOR_KIND_MULTILATERAL,           /*< nick=multilateral >*/
  AICT_ACTOR_KIND_SERVICE,                /*< nick=service >*/
} AictActorKind;

/**
 * AictParticipantRole:
 * @AICT_PARTICIPANT_ROLE_LEAD: the authority that carries the partnership
 * @AICT_PARTICIPANT_ROLE_PARTNER: the partner territory or body
 * @AICT_PARTICIPANT_ROLE_OPERATOR: runs the partnership on its behalf
 * @AICT_PARTICIPANT_ROLE_FUNDER: co-funds it
 * @AICT_PARTICIPANT_ROLE_SUPPORTER: supports it without funding or running it
 *
 * The part an actor plays in an [class@Aict.Partnership].
 */
typedef enum
{
  AICT_PARTICIPANT_ROLE_LEAD,       /*< nick=lead >*/
  AICT_PARTICIPANT_ROLE_PARTNER,    /*< nick=partner >*/
  AICT_PARTICIPANT_ROLE_OPERATOR,   /*< nick=operator >*/
  AICT_PARTICIPANT_ROLE_FUNDER,     /*< nick=funder >*/
  AICT_PARTICIPANT_ROLE_SUPPORTER,  /*< nick=supporter >*/
} AictParticipantRole;

/**
 * AictPartnershipStatus:
 * @AICT_PARTNERSHIP_STATUS_PLANNED: agreed or proposed, not started
 * @AICT_PARTNERSHIP_STATUS_ACTIVE: running
 * @AICT_PARTNERSHIP_STATUS_SLOWED: running at a reduced pace (« au ralenti »)
 * @AICT_PARTNERSHIP_STATUS_DORMANT: kept alive on paper, no activity
 *   (« en sommeil »)
 * @AICT_PARTNERSHIP_STATUS_SUSPENDED: stopped for a while by a decision
 * @AICT_PARTNERSHIP_STATUS_ENDED: finished
 * @AICT_PARTNERSHIP_STATUS_ABANDONED: given up before its planned end
 *
 * Where a partnership stands.
 */
typedef enum
{
  AICT_PARTNERSHIP_STATUS_PLANNED,    /*< nick=planned >*/
  AICT_PARTNERSHIP_STATUS_ACTIVE,     /*< nick=active >*/
  AICT_PARTNERSHIP_STATUS_SLOWED,     /*< nick=slowed >*/
  AICT_PARTNERSHIP_STATUS_DORMANT,    /*< nick=dormant >*/
  AICT_PARTNERSHIP_STATUS_SUSPENDED,  /*< nick=suspended >*/
  AICT_PARTNERSHIP_STATUS_ENDED,      /*< nick=ended >*/
  AICT_PARTNERSHIP_STATUS_ABANDONED,  /*< nick=abandoned >*/
} AictPartnershipStatus;

/**
 * AictBudgetKind:
 * @AICT_BUDGET_KIND_ALLOCATED: voted or allotted
 * @AICT_BUDGET_KIND_PLANNED: forecast
 * @AICT_BUDGET_KIND_SPENT: actually spent
 * @AICT_BUDGET_KIND_ESTIMATE: an estimate given in discussion
 *
 * What a budget line's figure is.
 */
typedef enum
{
  AICT_BUDGET_KIND_ALLOCATED,  /*< nick=allocated >*/
  AICT_BUDGET_KIND_PLANNED,    /*< nick=planned >*/
  AICT_BUDGET_KIND_SPENT,      /*< nick=spent >*/
  AICT_BUDGET_KIND_ESTIMATE,   /*< nick=estimate >*/
} AictBudgetKind;

/**
 * AictAttendanceStatus:
 * @AICT_ATTENDANCE_STATUS_PRESENT: was there
 * @AICT_ATTENDANCE_STATUS_EXCUSED: sent apologies
 * @AICT_ATTENDANCE_STATUS_ABSENT: was expected and did not come
 *
 * Whether a person attended a meeting.
 */
typedef enum
{
  AICT_ATTENDANCE_STATUS_PRESENT,  /*< nick=present >*/
  AICT_ATTENDANCE_STATUS_EXCUSED,  /*< nick=excused >*/
  AICT_ATTENDANCE_STATUS_ABSENT,   /*< nick=absent >*/
} AictAttendanceStatus;

/**
 * AictAttendanceRole:
 * @AICT_ATTENDANCE_ROLE_PARTICIPANT: took part
 * @AICT_ATTENDANCE_ROLE_SPEAKER: spoke as an invited speaker (« intervenant »)
 * @AICT_ATTENDANCE_ROLE_ORGANISER: organised the meeting
 *
 * The part a person played at a meeting.
 */
typedef enum
{
  AICT_ATTENDANCE_ROLE_PARTICIPANT,  /*< nick=participant >*/
  AICT_ATTENDANCE_ROLE_SPEAKER,      /*< nick=speaker >*/
  AICT_ATTENDANCE_ROLE_ORGANISER,    /*< nick=organiser >*/
} AictAttendanceRole;

/**
 * AictOutcomeKind:
 * @AICT_OUTCOME_KIND_SYNTHESIS: a summary of a discussion (« éléments de
 *   synthèse »)
 * @AICT_OUTCOME_KIND_CONCLUSION: a conclusion of the meeting
 * @AICT_OUTCOME_KIND_DECISION: something decided
 * @AICT_OUTCOME_KIND_PROPOSAL: something proposed, not yet decided
 * @AICT_OUTCOME_KIND_ACTION: a follow-up action with an owner
 * @AICT_OUTCOME_KIND_NEXT_MEETING: a next meeting announced
 *
 * What a meeting produced.
 */
typedef enum
{
  AICT_OUTCOME_KIND_SYNTHESIS,     /*< nick=synthesis >*/
  AICT_OUTCOME_KIND_CONCLUSION,    /*< nick=conclusion >*/
  AICT_OUTCOME_KIND_DECISION,      /*< nick=decision >*/
  AICT_OUTCOME_KIND_PROPOSAL,      /*< nick=proposal >*/
  AICT_OUTCOME_KIND_ACTION,        /*< nick=action >*/
  AICT_OUTCOME_KIND_NEXT_MEETING,  /*< nick=next-meeting >*/
} AictOutcomeKind;

/**
 * AictOutcomeStatus:
 * @AICT_OUTCOME_STATUS_OPEN: not started or not known to be done
 * @AICT_OUTCOME_STATUS_IN_PROGRESS: under way
 * @AICT_OUTCOME_STATUS_DONE: done
 * @AICT_OUTCOME_STATUS_CANCELLED: will not be done
 *
 * Where an outcome (an action, a proposal) stands.
 */
typedef enum
{
  AICT_OUTCOME_STATUS_OPEN,         /*< nick=open >*/
  AICT_OUTCOME_STATUS_IN_PROGRESS,  /*< nick=in-progress >*/
  AICT_OUTCOME_STATUS_DONE,         /*< nick=done >*/
  AICT_OUTCOME_STATUS_CANCELLED,    /*< nick=cancelled >*/
} AictOutcomeStatus;

/**
 * AictDatePrecision:
 * @AICT_DATE_PRECISION_YEAR: a year, `YYYY`
 * @AICT_DATE_PRECISION_MONTH: a month, `YYYY-MM`
 * @AICT_DATE_PRECISION_DAY: a day, `YYYY-MM-DD`
 *
 * How precise an [struct@Aict.PartialDate] is.
 */
typedef enum
{
  AICT_DATE_PRECISION_YEAR,   /*< nick=year >*/
  AICT_DATE_PRECISION_MONTH,  /*< nick=month >*/
  AICT_DATE_PRECISION_DAY,    /*< nick=day >*/
} AictDatePrecision;

/**
 * AictSeverity:
 * @AICT_SEVERITY_INFO: worth knowing, nothing wrong
 * @AICT_SEVERITY_WARNING: probably wrong or incomplete
 * @AICT_SEVERITY_ERROR: wrong: the dataset is not valid
 *
 * How serious an [class@Aict.Issue] of a validation report is.
 */
typedef enum
{
  AICT_SEVERITY_INFO,     /*< nick=info >*/
  AICT_SEVERITY_WARNING,  /*< nick=warning >*/
  AICT_SEVERITY_ERROR,    /*< nick=error >*/
} AictSeverity;

/**
 * AictBudgetGrouping:
 * @AICT_BUDGET_GROUPING_NONE: one total per budget kind and currency
 * @AICT_BUDGET_GROUPING_ACTOR: by the actor a line belongs to: its
 *   `actor`, or else the first lead of its partnership (a line is never
 *   counted twice)
 * @AICT_BUDGET_GROUPING_YEAR: by year: the year of a line's start (or of
 *   its end when it has no start); a line over several years is grouped
 *   under its span ("2014-2016") and an undated one under no year
 * @AICT_BUDGET_GROUPING_COUNTRY: by the countries of a line's partnership
 *   (a line counts once in each of them)
 * @AICT_BUDGET_GROUPING_THEME: by the themes of a line's partnership
 *   (a line counts once in each of them)
 * @AICT_BUDGET_GROUPING_PARTNERSHIP: by partnership
 * @AICT_BUDGET_GROUPING_FUNDER: by funder: the co-financing breakdown (a
 *   line without funders is funded by its own actor)
 *
 * What [method@Aict.Dataset.get_budget_totals] groups budget lines by.
 * The values are flags: grouping by actor and year gives one total per
 * actor and year.
 */
typedef enum /*< flags >*/
{
  AICT_BUDGET_GROUPING_NONE = 0,              /*< nick=none >*/
  AICT_BUDGET_GROUPING_ACTOR = 1 << 0,        /*< nick=actor >*/
  AICT_BUDGET_GROUPING_YEAR = 1 << 1,         /*< nick=year >*/
  AICT_BUDGET_GROUPING_COUNTRY = 1 << 2,      /*< nick=country >*/
  AICT_BUDGET_GROUPING_THEME = 1 << 3,        /*< nick=theme >*/
  AICT_BUDGET_GROUPING_PARTNERSHIP = 1 << 4,  /*< nick=partnership >*/
  AICT_BUDGET_GROUPING_FUNDER = 1 << 5,       /*< nick=funder >*/
} AictBudgetGrouping;

/**
 * AictOverlapKind:
 * @AICT_OVERLAP_KIND_NONE: no dimension
 * @AICT_OVERLAP_KIND_COUNTRY: the actors work in the same country
 * @AICT_OVERLAP_KIND_PARTNER: the actors work with the same partner
 *   territory or body (a foreign participant of role partner)
 * @AICT_OVERLAP_KIND_THEME: the actors work on the same theme
 * @AICT_OVERLAP_KIND_FUNDER: the actors are co-funded by the same funder
 * @AICT_OVERLAP_KIND_ALL: all four dimensions
 *
 * The dimensions on which home-side actors can share work, for
 * [method@Aict.Dataset.find_overlaps] ("mutualisation").
 */
typedef enum /*< flags >*/
{
  AICT_OVERLAP_KIND_NONE = 0,          /*< nick=none >*/
  AICT_OVERLAP_KIND_COUNTRY = 1 << 0,  /*< nick=country >*/
  AICT_OVERLAP_KIND_PARTNER = 1 << 1,  /*< nick=partner >*/
  AICT_OVERLAP_KIND_THEME = 1 << 2,    /*< nick=theme >*/
  AICT_OVERLAP_KIND_FUNDER = 1 << 3,   /*< nick=funder >*/
  AICT_OVERLAP_KIND_ALL = 0xf,         /*< nick=all >*/
} AictOverlapKind;

/**
 * AictCountBy:
 * @AICT_COUNT_BY_COUNTRY: partnerships and actors by country of the
 *   partnership
 * @AICT_COUNT_BY_THEME: partnerships and actors by theme of the partnership
 * @AICT_COUNT_BY_STATUS: partnerships and actors by partnership status
 * @AICT_COUNT_BY_ACTOR_KIND: actors by kind, and the partnerships they
 *   take part in
 *
 * What [method@Aict.Dataset.count] counts by.
 */
typedef enum
{
  AICT_COUNT_BY_COUNTRY,     /*< nick=country >*/
  AICT_COUNT_BY_THEME,       /*< nick=theme >*/
  AICT_COUNT_BY_STATUS,      /*< nick=status >*/
  AICT_COUNT_BY_ACTOR_KIND,  /*< nick=actor-kind >*/
} AictCountBy;

/**
 * AictEntityJsonFlags:
 * @AICT_ENTITY_JSON_NONE: every member of the type
 * @AICT_ENTITY_JSON_SUMMARY: the members a listing shows (`aict list
 *   --json`): no notes, sources or long lists, and for an outcome its
 *   meeting
 *
 * Which members the JSON view of an entity has.
 *
 * Since: 0.2
 */
typedef enum /*< flags >*/
{
  AICT_ENTITY_JSON_NONE = 0,
  AICT_ENTITY_JSON_SUMMARY = 1 << 0,
} AictEntityJsonFlags;

/**
 * AictTableKind:
 * @AICT_TABLE_KIND_PARTNERSHIPS: one row per partnership
 * @AICT_TABLE_KIND_BUDGETS: one row per budget line, with the actor and
 *   year the budget analyses count it for
 * @AICT_TABLE_KIND_ACTORS: one row per actor
 *
 * What the rows of an [class@Aict.Table] are.
 *
 * Since: 0.2
 */
typedef enum
{
  AICT_TABLE_KIND_PARTNERSHIPS,  /*< nick=partnerships >*/
  AICT_TABLE_KIND_BUDGETS,       /*< nick=budgets >*/
  AICT_TABLE_KIND_ACTORS,        /*< nick=actors >*/
} AictTableKind;

/**
 * AictColumnType:
 * @AICT_COLUMN_TYPE_STRING: UTF-8 strings
 * @AICT_COLUMN_TYPE_INT64: 64-bit integers (amounts in minor units,
 *   counts, hundredths)
 * @AICT_COLUMN_TYPE_BOOLEAN: booleans
 *
 * The type of the values of a column of an [class@Aict.Table].
 *
 * Since: 0.2
 */
typedef enum
{
  AICT_COLUMN_TYPE_STRING,   /*< nick=string >*/
  AICT_COLUMN_TYPE_INT64,    /*< nick=int64 >*/
  AICT_COLUMN_TYPE_BOOLEAN,  /*< nick=boolean >*/
} AictColumnType;

/**
 * AictCsvDialect:
 * @AICT_CSV_DIALECT_AUTO: on import, French when the file starts with a
 *   UTF-8 byte order mark or its header row holds a `;`, RFC 4180
 *   otherwise; on export, RFC 4180
 * @AICT_CSV_DIALECT_RFC4180: RFC 4180: UTF-8 without BOM, `,` between
 *   cells, `.` in decimals, CRLF line ends (LF accepted on import)
 * @AICT_CSV_DIALECT_FRENCH: French spreadsheets: UTF-8 with a byte order
 *   mark, `;` between cells, decimal comma, CRLF line ends
 *
 * The flavour of a CSV file, see doc/tables.md.
 *
 * Since: 0.2
 */
typedef enum
{
  AICT_CSV_DIALECT_AUTO,     /*< nick=auto >*/
  AICT_CSV_DIALECT_RFC4180,  /*< nick=rfc4180 >*/
  AICT_CSV_DIALECT_FRENCH,   /*< nick=french >*/
} AictCsvDialect;

/**
 * AictCsvFlags:
 * @AICT_CSV_FLAGS_NONE: no flag
 * @AICT_CSV_FLAGS_PERSONAL: also export the contact columns (`address`,
 *   `email`, `phone` of actors), which may be a person's: left out by
 *   default
 *
 * Options of the table exports.
 *
 * Since: 0.2
 */
typedef enum /*< flags >*/
{
  AICT_CSV_FLAGS_NONE = 0,          /*< nick=none >*/
  AICT_CSV_FLAGS_PERSONAL = 1 << 0, /*< nick=personal >*/
} AictCsvFlags;

/**
 * AictImportChange:
 * @AICT_IMPORT_CHANGE_ADDED: the object was not in the dataset
 * @AICT_IMPORT_CHANGE_UPDATED: the object was there and the import changed it
 * @AICT_IMPORT_CHANGE_UNCHANGED: the object was there, the same
 *
 * What an import did to one object, see [class@Aict.ImportResult].
 *
 * Since: 0.2
 */
typedef enum
{
  AICT_IMPORT_CHANGE_ADDED,      /*< nick=added >*/
  AICT_IMPORT_CHANGE_UPDATED,    /*< nick=updated >*/
  AICT_IMPORT_CHANGE_UNCHANGED,  /*< nick=unchanged >*/
} AictImportChange;

G_END_DECLS
