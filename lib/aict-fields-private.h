/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

#include "aict-i18n-private.h"
#include "aict-syntax-private.h"

G_BEGIN_DECLS

/* One description of each type of the model.
 *
 * Every entity and record type has one table of its members, defined in
 * the type's own source file next to its struct: the JSON member name,
 * what kind of value it holds, where the value is stored, and a few flags.
 * The decoder, the encoder, the validator's required-member checks, the
 * JSON view (aict_entity_to_json(), the tool's --json, the Python
 * to_dict()) and the test that checks the JSON Schema and doc/format.md
 * all read these tables, so a member is described once.  The order of a
 * table is the order of the members in what libaict writes.
 *
 * Storage, by kind (at @offset in the instance unless the kind says
 * otherwise):
 *   TEXT, REF, CODE, TIME   char *, owned, NULL when absent
 *   ENUM                    an enum (int-sized)
 *   DATE                    AictPartialDate *, NULL when absent
 *   AMOUNT                  AictAmount *, NULL when absent
 *   HUNDREDTHS              int, -1 when absent
 *   REF_LIST, CODE_LIST     char **, NULL when empty
 *   RECORD                  a boxed record of @record, NULL when absent
 *   RECORD_LIST             records of @record, through @take and @peek
 *   ENTITY_LIST             child entities of @record, through @take and
 *                           @model
 *   ID, NOTES, SOURCES      the entity's own members (AictEntity) */

typedef enum
{
  AICT_FIELD_ID,
  AICT_FIELD_TEXT,
  AICT_FIELD_REF,
  AICT_FIELD_CODE,
  AICT_FIELD_TIME,
  AICT_FIELD_ENUM,
  AICT_FIELD_DATE,
  AICT_FIELD_AMOUNT,
  AICT_FIELD_HUNDREDTHS,
  AICT_FIELD_REF_LIST,
  AICT_FIELD_CODE_LIST,
  AICT_FIELD_RECORD,
  AICT_FIELD_RECORD_LIST,
  AICT_FIELD_ENTITY_LIST,
  AICT_FIELD_NOTES,
  AICT_FIELD_SOURCES,
} AictFieldKind;

typedef enum
{
  AICT_FIELD_FLAG_NONE = 0,
  /* The validator reports the member missing (required-missing). */
  AICT_FIELD_REQUIRED = 1 << 0,
  /* The model cannot hold the object without it: the decoder refuses an
   * object that lacks it (an enumeration with no "absent" value). */
  AICT_FIELD_DECODE_REQUIRED = 1 << 1,
  /* In the summary view (aict list --json) as well as the full one. */
  AICT_FIELD_SUMMARY = 1 << 2,
  /* Written even when empty (a list the format always has). */
  AICT_FIELD_ALWAYS = 1 << 3,
  /* Personal data of a person (GDPR): e-mail, phone, address. */
  AICT_FIELD_PERSONAL = 1 << 4,
  /* Not a member of the aict/1 format: only in the summary view. */
  AICT_FIELD_VIEW_ONLY = 1 << 5,
} AictFieldFlags;

typedef struct _AictTypeInfo AictTypeInfo;
typedef struct _AictFieldInfo AictFieldInfo;

struct _AictFieldInfo
{
  const char *name;           /* the JSON member */
  AictFieldKind kind;
  AictFieldFlags flags;
  gsize offset;               /* into the instance, for stored kinds */
  AictCodeKind code;          /* CODE, CODE_LIST */
  GType (*enum_type) (void);  /* ENUM */
  guint ref_kinds;            /* REF, REF_LIST: mask of 1 << AictCollection targets */
  const AictTypeInfo *record; /* RECORD, RECORD_LIST, ENTITY_LIST */
  void (*take) (gpointer instance, gpointer item);          /* RECORD_LIST, ENTITY_LIST */
  GPtrArray *(*peek) (gpointer instance);                   /* RECORD_LIST; NULL when empty */
  GListModel *(*model) (gpointer instance);                 /* ENTITY_LIST */
  const char *description;    /* one line, English, for the schema and docs */
};

struct _AictTypeInfo
{
  const char *name;              /* "actor", "participant" */
  const char *what;              /* N_("an actor"): messages about members */
  const char *what_object;       /* N_("an actor (an object)"): type errors in lists */
  const char *missing_message;   /* N_("an actor needs a “kind”"), or NULL */
  GType (*get_type) (void);      /* the entity or boxed type */
  gsize size;                    /* records: the size of the struct */
  void (*free) (gpointer record);/* records */
  const AictFieldInfo *fields;
  guint n_fields;
};

#define AICT_FIELD_OFFSET(Type, member) G_STRUCT_OFFSET (Type, member)
#define AICT_FIELD_P(instance, field) G_STRUCT_MEMBER_P ((instance), (field)->offset)

/* The tables, defined by each type. */
extern const AictTypeInfo _aict_source_info;
extern const AictTypeInfo _aict_actor_info;
extern const AictTypeInfo _aict_person_info;
extern const AictTypeInfo _aict_partnership_info;
extern const AictTypeInfo _aict_budget_info;
extern const AictTypeInfo _aict_meeting_info;
extern const AictTypeInfo _aict_agenda_item_info;
extern const AictTypeInfo _aict_contribution_info;
extern const AictTypeInfo _aict_outcome_info;
extern const AictTypeInfo _aict_identifier_info;
extern const AictTypeInfo _aict_affiliation_info;
extern const AictTypeInfo _aict_participant_info;
extern const AictTypeInfo _aict_component_info;
extern const AictTypeInfo _aict_funder_info;
extern const AictTypeInfo _aict_place_info;
extern const AictTypeInfo _aict_attendance_info;
extern const AictTypeInfo _aict_source_ref_info;

/* The table of an entity's type, or NULL. */
const AictTypeInfo  *_aict_type_info_for_type   (GType               type);
/* Every table, NULL-terminated (for tests and generated docs). */
const AictTypeInfo * const *_aict_type_infos    (void);
/* A record of @info with every member absent (HUNDREDTHS at -1). */
gpointer             _aict_record_new0          (const AictTypeInfo *info);

G_END_DECLS

/* Table rows, for the types' own files. */
#define AICT_FIELD_ENTITY_ID(desc) \
  { "id", AICT_FIELD_ID, AICT_FIELD_REQUIRED | AICT_FIELD_SUMMARY, 0, .description = desc }
#define AICT_FIELD_ENTITY_NOTES \
  { "notes", AICT_FIELD_NOTES, 0, 0, .description = "Free notes, in the dataset's language." }
#define AICT_FIELD_ENTITY_SOURCES \
  { "sources", AICT_FIELD_SOURCES, 0, 0, .record = &_aict_source_ref_info, \
    .description = "Where the facts come from: references to sources." }
#define AICT_FIELD_SCALAR(Type, member, json, kind_, flags_, desc) \
  { json, AICT_FIELD_##kind_, flags_, G_STRUCT_OFFSET (Type, member), .description = desc }
#define AICT_FIELD_CODED(Type, member, json, kind_, code_, flags_, desc) \
  { json, AICT_FIELD_##kind_, flags_, G_STRUCT_OFFSET (Type, member), .code = AICT_CODE_##code_, \
    .description = desc }
#define AICT_FIELD_REFERENCE(Type, member, json, kind_, targets, flags_, desc) \
  { json, AICT_FIELD_##kind_, flags_, G_STRUCT_OFFSET (Type, member), .ref_kinds = (targets), \
    .description = desc }
#define AICT_FIELD_ENUMERATED(Type, member, json, get_type_, flags_, desc) \
  { json, AICT_FIELD_ENUM, flags_, G_STRUCT_OFFSET (Type, member), .enum_type = get_type_, \
    .description = desc }
#define AICT_FIELD_RECORDS(json, info, take_, peek_, flags_, desc) \
  { json, AICT_FIELD_RECORD_LIST, flags_, 0, .record = &info, .take = (gpointer) take_, \
    .peek = (gpointer) peek_, .description = desc }

/* Reference targets. */
#define AICT_REFS_SOURCE       (1u << 0)
#define AICT_REFS_ACTOR        (1u << 1)
#define AICT_REFS_PERSON       (1u << 2)
#define AICT_REFS_PARTNERSHIP  (1u << 3)
#define AICT_REFS_BUDGET       (1u << 4)
#define AICT_REFS_MEETING      (1u << 5)
#define AICT_REFS_AGENDA_ITEM  (1u << 6)
