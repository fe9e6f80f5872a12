// myhtml, the HTML5 parser of Debian's libmodest-dev: measured at 1,966 pages a second on the
// extraction pages against libxml2's 543 (tools/parser-speed), so it sets a far higher ceiling.
#include <myhtml/api.h>
#include <myencoding/encoding.h>
