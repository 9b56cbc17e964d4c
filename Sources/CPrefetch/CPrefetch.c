/* SwiftPM builds a C target from its sources; the header is all there is to this one. */
#include "CPrefetch.h"
