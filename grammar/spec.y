/* spec.y - grammar of the se3tc spec language (pure parser, locations, custom messages).
 * Builds the AST of compiler/ast.h in the compile's arena; compiler/sema.c checks it.
 * One `error` rule per statement keeps one bad statement from hiding errors in the next. */
%code requires {
#include "ast.h"
typedef void *yyscan_t;
struct parse_ctx;
#define YYLTYPE src_loc
#define YYLTYPE_IS_DECLARED 1
#define YYLTYPE_IS_TRIVIAL 1
}

%code {
#include <stdio.h>
#include <string.h>

#include "parse.h"

int yylex(YYSTYPE *yylval, YYLTYPE *yylloc, yyscan_t scanner);
static void yyerror(YYLTYPE *loc, yyscan_t scanner, struct parse_ctx *pc, const char *msg);

static ast_stmt *stmt_new(struct parse_ctx *pc, ast_stmt_kind kind, src_loc loc)
{
    ast_stmt *s = arena_alloc(pc->mem, sizeof *s);
    s->kind = kind;
    s->loc = loc;
    return s;
}

static ast_value *value_new(struct parse_ctx *pc, ast_value_kind kind, src_loc loc)
{
    ast_value *v = arena_alloc(pc->mem, sizeof *v);
    v->kind = kind;
    v->loc = loc;
    return v;
}

/* Lists are built newest-first (constant time per item, so parsing stays linear in the spec's
 * length) and put in source order once complete by these. */
static ast_stmt *stmts_reverse(ast_stmt *s)
{
    ast_stmt *r = NULL;
    while (s) {
        ast_stmt *n = s->next;
        s->next = r;
        r = s;
        s = n;
    }
    return r;
}

static ast_opt *opts_reverse(ast_opt *o)
{
    ast_opt *r = NULL;
    while (o) {
        ast_opt *n = o->next;
        o->next = r;
        r = o;
        o = n;
    }
    return r;
}

static ast_value *values_reverse(ast_value *v)
{
    ast_value *r = NULL;
    while (v) {
        ast_value *n = v->next;
        v->next = r;
        r = v;
        v = n;
    }
    return r;
}

static ast_fterm *fterms_reverse(ast_fterm *t)
{
    ast_fterm *r = NULL;
    while (t) {
        ast_fterm *n = t->next;
        t->next = r;
        r = t;
        t = n;
    }
    return r;
}

static src_loc loc_span(src_loc a, src_loc b)
{
    a.last_line = b.last_line;
    a.last_column = b.last_column;
    return a;
}
}

%define api.pure full
%locations
%define parse.error custom
%param {yyscan_t scanner}
%parse-param {struct parse_ctx *pc}
%expect 0
%initial-action { @$.first_line = @$.last_line = 1; @$.first_column = @$.last_column = 0; }

%union {
    long inum;
    double num;
    const char *str;
    struct { long channels, degree; } fterm;
    ast_fterm *fterms;
    ast_fibre *fibre;
    ast_value *value;
    ast_opt *opt;
    ast_stmt *stmt;
    ast_model *model;
}

%token MODEL "model" PRECISION "precision" GRAPH "graph" RADIAL "radial" LET "let"
%token INPUT "input" OUTPUT "output" EDGE "edge" REPEAT "repeat"
%token ARROW "->" DOTDOT ".."
%token <inum> INT "integer"
%token <num> FLOAT "number"
%token <str> IDENT "identifier"
%token <fterm> FIBRE_TERM "fibre term"
%token BAD_CHAR "invalid character"

%type <fterms> fterms fterm
%type <fibre> fibre fibre_lit
%type <value> value values
%type <opt> opt opts opts_opt
%type <stmt> stmts stmt
%type <model> spec

%%

/* spec: MODEL IDENT '{' stmt* '}' */
spec
    : MODEL IDENT '{' stmts '}'
      {
          $$ = arena_alloc(pc->mem, sizeof *$$);
          $$->name = $2;
          $$->loc = @2;
          $$->body = stmts_reverse($4);
          pc->model = $$;
      }
    ;

/* Statements, newest first (stmts_reverse puts them in source order). */
stmts
    : %empty               { $$ = NULL; }
    | stmts stmt
      {
          if ($2) {
              $2->next = $1;
              $$ = $2;
          } else {
              $$ = $1;
          }
      }
    ;

stmt
    : PRECISION IDENT ';'
      { $$ = stmt_new(pc, AST_PRECISION, @1); $$->word = $2; $$->word_loc = @2; }
    | GRAPH IDENT opts_opt ';'
      { $$ = stmt_new(pc, AST_GRAPH, @1); $$->word = $2; $$->word_loc = @2; $$->opts = $3; }
    | RADIAL '(' opts ')' ';'
      { $$ = stmt_new(pc, AST_RADIAL, @1); $$->opts = opts_reverse($3); }
    | LET IDENT '=' fibre ';'
      { $$ = stmt_new(pc, AST_LET, @1); $$->name = $2; $$->name_loc = @2; $$->fibre = $4; }
    | INPUT IDENT ':' fibre ';'
      { $$ = stmt_new(pc, AST_INPUT, @1); $$->name = $2; $$->name_loc = @2; $$->fibre = $4; }
    | INPUT IDENT ':' fibre '=' INT ';'
      {
          $$ = stmt_new(pc, AST_INPUT, @1); $$->name = $2; $$->name_loc = @2; $$->fibre = $4;
          $$->src_kind = 1; $$->count = $6; $$->word_loc = @6;
      }
    | INPUT IDENT ':' fibre '=' IDENT '.' IDENT ';'
      {
          $$ = stmt_new(pc, AST_INPUT, @1); $$->name = $2; $$->name_loc = @2; $$->fibre = $4;
          $$->src_kind = 2; $$->word = $6; $$->word_loc = @6; $$->word2 = $8; $$->word2_loc = @8;
      }
    | INPUT IDENT ':' fibre '=' IDENT ';'
      {
          $$ = stmt_new(pc, AST_INPUT, @1); $$->name = $2; $$->name_loc = @2; $$->fibre = $4;
          $$->src_kind = 3; $$->word = $6; $$->word_loc = @6;
      }
    | INPUT IDENT ':' fibre '=' IDENT '(' values ')' ';'
      {
          $$ = stmt_new(pc, AST_INPUT, @1); $$->name = $2; $$->name_loc = @2; $$->fibre = $4;
          $$->src_kind = 4; $$->word = $6; $$->word_loc = @6;
          $$->opts = arena_alloc(pc->mem, sizeof *$$->opts);
          $$->opts->key = "args";
          $$->opts->key_loc = @8;
          $$->opts->val = value_new(pc, AST_VAL_LIST, @8);
          $$->opts->val->items = values_reverse($8);
      }
    /* edge input: a per-node field read like an input but only used by edge products */
    | EDGE INPUT IDENT ':' fibre ';'
      {
          $$ = stmt_new(pc, AST_INPUT, @1); $$->name = $3; $$->name_loc = @3; $$->fibre = $5;
          $$->edge_only = 1;
      }
    | EDGE IDENT ':' fibre '=' IDENT ';'
      {
          $$ = stmt_new(pc, AST_EDGE, @1); $$->name = $2; $$->name_loc = @2; $$->fibre = $4;
          $$->word = $6; $$->word_loc = @6;
      }
    | EDGE IDENT ':' fibre '=' IDENT '*' IDENT ';'
      {
          $$ = stmt_new(pc, AST_EDGE, @1); $$->name = $2; $$->name_loc = @2; $$->fibre = $4;
          $$->src_kind = 1; $$->word = $6; $$->word_loc = @6; $$->word2 = $8; $$->word2_loc = @8;
      }
    | OUTPUT IDENT ':' fibre opts_opt ';'
      { $$ = stmt_new(pc, AST_OUTPUT, @1); $$->name = $2; $$->name_loc = @2; $$->fibre = $4; $$->opts = $5; }
    /* layer: IDENT IDENT ['->' fibre] ['(' opts ')'] ';' */
    | IDENT IDENT opts_opt ';'
      {
          $$ = stmt_new(pc, AST_LAYER, @1); $$->word = $1; $$->word_loc = @1;
          $$->name = $2; $$->name_loc = @2; $$->opts = $3;
      }
    | IDENT IDENT ARROW fibre opts_opt ';'
      {
          $$ = stmt_new(pc, AST_LAYER, @1); $$->word = $1; $$->word_loc = @1;
          $$->name = $2; $$->name_loc = @2; $$->fibre = $4; $$->opts = $5;
      }
    /* repeat: REPEAT INT '{' stmt* '}' */
    | REPEAT INT '{' stmts '}'
      { $$ = stmt_new(pc, AST_REPEAT, @1); $$->count = $2; $$->word_loc = @2; $$->body = stmts_reverse($4); }
    | error ';'            { $$ = NULL; yyerrok; }
    ;

opts_opt
    : %empty               { $$ = NULL; }
    | '(' ')'              { $$ = NULL; }
    | '(' opts ')'         { $$ = opts_reverse($2); }
    ;

/* Options, newest first (opts_reverse puts them in source order). */
opts
    : opt                  { $$ = $1; }
    | opts ',' opt         { $3->next = $1; $$ = $3; }
    ;

opt
    : IDENT '=' value
      {
          $$ = arena_alloc(pc->mem, sizeof *$$);
          $$->key = $1;
          $$->key_loc = @1;
          $$->val = $3;
      }
    ;

value
    : INT                  { $$ = value_new(pc, AST_VAL_INT, @1); $$->i = $1; $$->f = (double)$1; }
    | FLOAT                { $$ = value_new(pc, AST_VAL_FLOAT, @1); $$->f = $1; }
    | '-' INT              { $$ = value_new(pc, AST_VAL_INT, loc_span(@1, @2)); $$->i = -$2; $$->f = -(double)$2; }
    | '-' FLOAT            { $$ = value_new(pc, AST_VAL_FLOAT, loc_span(@1, @2)); $$->f = -$2; }
    | IDENT                { $$ = value_new(pc, AST_VAL_IDENT, @1); $$->ident = $1; }
    | fibre_lit            { $$ = value_new(pc, AST_VAL_FIBRE, @1); $$->fibre = $1; }
    | '[' ']'              { $$ = value_new(pc, AST_VAL_LIST, loc_span(@1, @2)); }
    | '[' values ']'       { $$ = value_new(pc, AST_VAL_LIST, loc_span(@1, @3)); $$->items = values_reverse($2); }
    | '{' '}'              { $$ = value_new(pc, AST_VAL_MAP, loc_span(@1, @2)); }
    | '{' opts '}'         { $$ = value_new(pc, AST_VAL_MAP, loc_span(@1, @3)); $$->map = opts_reverse($2); }
    ;

/* Values, newest first (values_reverse puts them in source order). */
values
    : value                { $$ = $1; }
    | values ',' value     { $3->next = $1; $$ = $3; }
    ;

fibre
    : fibre_lit            { $$ = $1; }
    | IDENT
      {
          $$ = arena_alloc(pc->mem, sizeof *$$);
          $$->ref = $1;
          $$->loc = @1;
      }
    ;

fibre_lit
    : fterms
      {
          $$ = arena_alloc(pc->mem, sizeof *$$);
          src_loc last = $1->loc;   /* the newest term is the last one */
          $$->terms = fterms_reverse($1);
          $$->loc = loc_span($$->terms->loc, last);
      }
    ;

/* Fibre terms, newest first (fterms_reverse puts them in source order). */
fterms
    : fterm                { $$ = $1; }
    | fterms '+' fterm     { $3->next = $1; $$ = $3; }
    ;

/* fibre_term: FIBRE_TERM | FIBRE_TERM ".." INT */
fterm
    : FIBRE_TERM
      {
          $$ = arena_alloc(pc->mem, sizeof *$$);
          $$->channels = $1.channels;
          $$->deg_lo = $$->deg_hi = $1.degree;
          $$->loc = @1;
      }
    | FIBRE_TERM DOTDOT INT
      {
          $$ = arena_alloc(pc->mem, sizeof *$$);
          $$->channels = $1.channels;
          $$->deg_lo = $1.degree;
          $$->deg_hi = $3;
          $$->loc = loc_span(@1, @3);
      }
    ;

%%

/* Name of a token for messages: quoted for keywords and punctuation ('model', ';'),
 * plain for token classes (identifier, integer, ...). */
static const char *spec_symbol_name(yysymbol_kind_t sym, char *buf, size_t n)
{
    const char *s = yysymbol_name(sym);
    if (sym == YYSYMBOL_YYEOF)
        return "end of file";
    if (sym == YYSYMBOL_IDENT || sym == YYSYMBOL_INT || sym == YYSYMBOL_FLOAT ||
        sym == YYSYMBOL_FIBRE_TERM || sym == YYSYMBOL_BAD_CHAR || s[0] == '\'')
        return s;
    size_t len = strlen(s);
    if (len >= 2 && s[0] == '"' && s[len - 1] == '"')
        snprintf(buf, n, "'%.*s'", (int)(len - 2), s + 1);
    else
        snprintf(buf, n, "'%s'", s);
    return buf;
}

/* Quote the source text of a one-line location, at most 32 bytes of it. */
static void spec_token_text(const struct parse_ctx *pc, src_loc loc, char *buf, size_t n)
{
    buf[0] = 0;
    if (loc.first_line != loc.last_line || !pc->text)
        return;
    const char *p = pc->text, *end = pc->text + pc->len;
    for (int line = 1; line < loc.first_line && p < end; p++)
        if (*p == '\n')
            line++;
    p += loc.first_column - 1;
    int len = loc.last_column - loc.first_column + 1;
    if (p < pc->text || p >= end || len <= 0)
        return;
    if (len > 32)
        len = 32;
    if (p + len > end)
        len = (int)(end - p);
    size_t k = 0;
    for (int i = 0; i < len && k + 5 < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c >= 0x20 && c < 0x7f) {
            buf[k++] = (char)c;
        } else {
            k += (size_t)snprintf(buf + k, n - k, "\\x%02x", c);
        }
    }
    buf[k] = 0;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, yyscan_t scanner, struct parse_ctx *pc)
{
    (void)scanner;
    enum { MAXEXP = 7 };
    yysymbol_kind_t expected[MAXEXP];
    int n = yypcontext_expected_tokens(ctx, expected, MAXEXP);
    yysymbol_kind_t got = yypcontext_token(ctx);
    src_loc loc = *yypcontext_location(ctx);
    if (loc.first_column < 1)
        loc.first_column = loc.last_column = 1;
    char msg[512], nb[64], text[160];
    size_t k = 0;

    if (got == YYSYMBOL_YYEOF && pc->nopen > 0 && pc->nopen <= PARSE_MAX_DEPTH) {
        src_loc o = pc->open[pc->nopen - 1];
        diag_error(pc->diags, loc, "expected '}' (to close '{' at %d:%d)", o.first_line,
                   o.first_column);
        return 0;
    }
    spec_token_text(pc, loc, text, sizeof text);
    if (got == YYSYMBOL_BAD_CHAR)
        k += (size_t)snprintf(msg + k, sizeof msg - k, "invalid character '%s'", text);
    else if (got == YYSYMBOL_YYEOF)
        k += (size_t)snprintf(msg + k, sizeof msg - k, "unexpected end of file");
    else if (text[0])
        k += (size_t)snprintf(msg + k, sizeof msg - k, "unexpected %s'%s'",
                              got == YYSYMBOL_IDENT ? "identifier " :
                              got == YYSYMBOL_INT ? "integer " :
                              got == YYSYMBOL_FLOAT ? "number " :
                              got == YYSYMBOL_FIBRE_TERM ? "fibre term " : "", text);
    else
        k += (size_t)snprintf(msg + k, sizeof msg - k, "unexpected %s",
                              spec_symbol_name(got, nb, sizeof nb));
    if (n > 0 && got != YYSYMBOL_BAD_CHAR) {
        k += (size_t)snprintf(msg + k, sizeof msg - k, ", expected ");
        for (int i = 0; i < n && k < sizeof msg; i++)
            k += (size_t)snprintf(msg + k, sizeof msg - k, "%s%s",
                                  i == 0 ? "" : (i == n - 1 ? " or " : ", "),
                                  spec_symbol_name(expected[i], nb, sizeof nb));
    }
    diag_error(pc->diags, loc, "%s", msg);
    return 0;
}

static void yyerror(YYLTYPE *loc, yyscan_t scanner, struct parse_ctx *pc, const char *msg)
{
    (void)scanner;
    /* the parser's stack has a fixed depth (YYMAXDEPTH): brackets or blocks nested past it */
    if (strcmp(msg, "memory exhausted") == 0)
        diag_error(pc->diags, *loc, "brackets or blocks nest too deeply");
    else
        diag_error(pc->diags, *loc, "%s", msg);
}
