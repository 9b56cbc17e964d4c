#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU: <libxml/encoding.h> would pull in the system ICU headers,
   which collide with Foundation's own ICU module ("'UErrorCode' has different definitions").
   The ICU members sit at the end of xmlCharEncodingHandler, which we only use through a pointer. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>
/* xmlFree is a global function-pointer variable, which Swift 6 mode will not touch. */
static inline void clibxml2_free(void *p) { xmlFree(p); }
#endif
