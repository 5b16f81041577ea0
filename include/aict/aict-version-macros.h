/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <glib.h>

#if (defined(_WIN32) || defined(__CYGWIN__)) && !defined(AICT_STATIC_COMPILATION)
# define _AICT_EXPORT __declspec(dllexport)
# define _AICT_IMPORT __declspec(dllimport)
#elif defined(__GNUC__) && (__GNUC__ >= 4)
# define _AICT_EXPORT __attribute__((visibility("default")))
# define _AICT_IMPORT
#else
# define _AICT_EXPORT
# define _AICT_IMPORT
#endif

#ifdef AICT_COMPILATION
# define _AICT_EXTERN _AICT_EXPORT extern
#else
# define _AICT_EXTERN _AICT_IMPORT extern
#endif

/* The API of the first release, 0.1.  Each later minor version tags what
 * it adds with its own macro (AICT_AVAILABLE_IN_0_2 and "Since: 0.2" in
 * the documentation). */
#define AICT_AVAILABLE_IN_ALL _AICT_EXTERN
#define AICT_AVAILABLE_IN_0_2 _AICT_EXTERN
