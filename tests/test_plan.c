/* test_plan.c - the resolved plan (compiler/plan.c, docs/architecture.md): every weight of every
 * layer is referenced once, at the offset lower.c gave it; buffers follow the one rule; layers
 * with one shape key share one generated function in the forward and the backward; a weight the
 * plan cannot find aborts; message blocks tile the per-edge row; the CUDA emitter takes its
 * weights from the plan. No generated code is compiled here. */
#include <check.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "emit_c.h"
#include "emit_cuda.h"
#include "testutil.h"

#define SPEC(n) SE3_SOURCE_DIR "/specs/" n ".spec"

static compile *load(const char *path)
{
    compile *c = compile_file(path);
    ck_assert_msg(c->diags.nerrors == 0 && c->plan, "%s does not compile", path);
    return c;
}

/* Mark one reference: the IR weight at layer base + rel must exist, start there, have this
 * size and not be marked yet. */
static void mark(const compile *c, const plan_layer *pl, const plan_w *w, int *seen)
{
    const ir *p = c->ir;
    const long abs = pl->wbase + w->rel;
    for (int i = pl->il->first_weight; i < pl->il->first_weight + pl->il->nweights; i++)
        if (p->weights[i].offset == abs && p->weights[i].size == w->size) {
            ck_assert_msg(!seen[i], "%s: weight %s referenced twice", pl->L->name, p->weights[i].name);
            ck_assert_msg(strstr(p->weights[i].name, w->name) != NULL, "%s: %s at the offset of %s", pl->L->name,
                          w->name, p->weights[i].name);
            seen[i] = 1;
            return;
        }
    ck_abort_msg("%s: reference %s (rel %ld, size %ld) matches no weight of the layer", pl->L->name, w->name, w->rel,
                 w->size);
}

static void mark_maps(const compile *c, const plan_layer *pl, const plan_maps *ms, int *seen)
{
    for (int i = 0; i < ms->n; i++) {
        const plan_map *m = &ms->d[i];
        if (!ms->attentive) {
            mark(c, pl, &m->w, seen);
        } else {
            mark(c, pl, &m->ln_g, seen);
            mark(c, pl, &m->ln_b, seen);
            mark(c, pl, &m->lin.w, seen);
            mark(c, pl, &m->lin.b, seen);
        }
    }
}

/* Every weight of every layer is referenced exactly once by the plan's typed references. */
static void check_weights_covered(const char *path)
{
    compile *c = load(path);
    const plan *pn = c->plan;
    int *seen = calloc((size_t)c->ir->nweights + 1, sizeof *seen);
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        for (int q = 0; q < pl->nradials; q++) {
            const plan_radial *pr = &pl->radials[q];
            for (int d = 0; d < pr->r->depth; d++) {
                mark(c, pl, &pr->hidden[d].lin.w, seen);
                mark(c, pl, &pr->hidden[d].lin.b, seen);
                mark(c, pl, &pr->hidden[d].g, seen);
                mark(c, pl, &pr->hidden[d].b, seen);
            }
            mark(c, pl, &pr->out.w, seen);
            mark(c, pl, &pr->out.b, seen);
        }
        mark_maps(c, pl, &pl->q, seen);
        mark_maps(c, pl, &pl->si, seen);
        if (pl->has_bias)
            mark(c, pl, &pl->bias, seen);
        for (int d = 0; d < pl->nnorm; d++) {
            if (pl->L->norm == NORM_LAYER) {
                mark(c, pl, &pl->norm[d].g, seen);
                mark(c, pl, &pl->norm[d].b, seen);
            } else {
                mark(c, pl, &pl->norm[d].bias, seen);
            }
        }
        for (int q = 0; q < pl->nmlp; q++) {
            mark(c, pl, &pl->mlp[q].w, seen);
            mark(c, pl, &pl->mlp[q].b, seen);
        }
    }
    for (int w = 0; w < c->ir->nweights; w++)
        ck_assert_msg(seen[w], "%s: weight %s is not in the plan", path, c->ir->weights[w].name);
    free(seen);
    compile_free(c);
}

START_TEST(weights_covered_tiny)
{
    check_weights_covered(SPEC("tiny_conv"));
    check_weights_covered(SPEC("tiny_attention"));
    check_weights_covered(SPEC("tiny_mlp"));
}
END_TEST

START_TEST(buffers_one_rule)
{
    compile *c = load(SPEC("tiny_attention"));
    const plan *pn = c->plan;
    ck_assert_int_eq(pn->layers[0].in_buf, PLAN_BUF_INPUT);
    for (int i = 0; i < pn->nlayers; i++) {
        ck_assert_int_eq(pn->layers[i].out_buf, i % 2);
        if (i)
            ck_assert_int_eq(pn->layers[i].in_buf, pn->layers[i - 1].out_buf);
    }
    ck_assert_int_eq(pn->result_buf, pn->layers[pn->nlayers - 1].out_buf);
    ck_assert_int_eq(pn->result_dim, 4);  /* 1x0 + 1x1 */
    /* a1 and a2 differ (skip, self-interaction, fibres): nothing shared in this model */
    ck_assert_int_eq(pn->nshapes, pn->nlayers);
    compile_free(c);
}
END_TEST

/* Occurrences of `needle` in `hay`. */
static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

START_TEST(shared_code_qm9)
{
    /* QM9's att_2 .. att_7 and nl_1 .. nl_7 have one shape each; att_1 (6 inputs) its own */
    compile *c = load(SPEC("qm9_se3"));
    const plan *pn = c->plan;
    int att2 = -1;
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        if (strcmp(pl->L->name, "att_2") == 0)
            att2 = i;
        if (strncmp(pl->L->name, "att_", 4) == 0 && strcmp(pl->L->name, "att_1") != 0)
            ck_assert_str_eq(pl->fn, "att_2");
        if (strncmp(pl->L->name, "nl_", 3) == 0)
            ck_assert_str_eq(pl->fn, "nl_1");
    }
    ck_assert_int_ge(att2, 0);
    ck_assert_str_eq(pn->layers[0].fn, "att_1");
    ck_assert_int_eq(pn->layers[att2].nshare, 6);
    ck_assert_int_eq(pn->nshapes, 6);  /* att_1, att_2, nl_1, tfn, readout, head */
    /* same code, different weights: the shared layers' weights do not overlap */
    ck_assert_int_gt(pn->layers[att2 + 2].wbase, pn->layers[att2].wbase + pn->layers[att2].wsize - 1);
    emit_buf b = { 0 };
    emit_c(c->ir, "qm9.spec", &b);
    emit_c_grad(c->ir, &b);
    ck_assert_int_eq(count(b.s, "static void se3_att_2_forward("), 1);
    ck_assert_int_eq(count(b.s, "se3_att_3_forward"), 0);
    ck_assert_int_eq(count(b.s, "static int se3b_att_2_backward_kv("), 1);
    ck_assert_int_eq(count(b.s, "static void se3b_att_2_edge("), 1);
    ck_assert_int_eq(count(b.s, "se3b_att_5_"), 0);
    ck_assert_int_eq(count(b.s, "static void se3_nl_1_forward("), 1);
    /* each shared layer is called with its own weights: 6 calls in _layer, 6 in _layer_into */
    ck_assert_int_eq(count(b.s, "se3_att_2_forward(io, P + "), 12);
    char call[96];
    snprintf(call, sizeof call, "se3_att_2_forward(io, P + %ld,", pn->layers[att2 + 2].wbase);
    ck_assert_int_eq(count(b.s, call), 2);
    emit_buf_free(&b);
    compile_free(c);
}
END_TEST

START_TEST(missing_weight_aborts)
{
    /* a weight the plan looks for and lower.c did not make is an internal error: abort */
    compile *c = load(SPEC("tiny_conv"));
    for (int w = 0; w < c->ir->nweights; w++)
        if (strstr(c->ir->weights[w].name, ".out.b"))
            c->ir->weights[w].name = "renamed";
    plan_build(&c->mem, c->ir);
    compile_free(c);
}
END_TEST

START_TEST(misplaced_weight_aborts)
{
    /* a Linear whose bias does not follow its matrix would make the helpers read wrong weights */
    compile *c = load(SPEC("tiny_conv"));
    for (int w = 0; w < c->ir->nweights; w++)
        if (strstr(c->ir->weights[w].name, ".out.b"))
            c->ir->weights[w].offset += 1;
    plan_build(&c->mem, c->ir);
    compile_free(c);
}
END_TEST

START_TEST(misplaced_output_layer_aborts)
{
    /* a radial net's output layer must follow its hidden layers: the CUDA code walks one pointer
     * from the first hidden layer into it */
    compile *c = load(SPEC("tiny_conv"));
    for (int w = 0; w < c->ir->nweights; w++)
        if (strstr(c->ir->weights[w].name, "c1.r.0_0.out."))
            c->ir->weights[w].offset += 1;   /* matrix and bias together: the Linear itself is fine */
    plan_build(&c->mem, c->ir);
    compile_free(c);
}
END_TEST

/* The message blocks of a message-passing layer tile its per-edge row in order, and each radial
 * net writes inside the block of its role and degree. */
static int degrees(const plan_fib *f)
{
    int n = 0;
    for (int l = 0; l <= SE3_LMAX; l++)
        n += f->c[l] > 0;
    return n;
}

static void check_msg_blocks(const plan_layer *pl)
{
    ck_assert_int_eq(pl->nmsg, pl->L->kind == LAYER_ATTENTION ? degrees(&pl->key) + degrees(&pl->value) : degrees(&pl->out));
    int off = 0;
    for (int b = 0; b < pl->nmsg; b++) {
        const plan_msgblk *mb = &pl->msg[b];
        ck_assert_int_eq(mb->off, off);
        const plan_fib *f = mb->role == 'k' ? &pl->key : mb->role == 'v' ? &pl->value : &pl->out;
        ck_assert_int_eq(mb->size, f->c[mb->l] * (2 * mb->l + 1));
        int n = 0;
        for (int q = 0; q < pl->nradials; q++)
            if (pl->radials[q].r->role == mb->role && pl->radials[q].r->l == mb->l) {
                ck_assert_int_eq(pl->radials[q].msg_off, mb->off);
                n++;
            }
        ck_assert_int_eq(mb->nradials, n);
        ck_assert_int_gt(n, 0);
        off += mb->size;
    }
    ck_assert_int_eq(off, pl->msg_dim);
}

START_TEST(message_blocks)
{
    compile *c = load(SPEC("tiny_attention"));
    const plan_layer *a1 = &c->plan->layers[0];
    check_msg_blocks(a1);
    const int nk = degrees(&a1->key);
    ck_assert_int_eq(a1->msg[nk - 1].role, 'k');
    ck_assert_int_eq(a1->msg[nk].role, 'v');
    ck_assert_int_eq(a1->msg[nk].off, a1->key.dim);
    ck_assert_int_eq(a1->msg[0].nradials, 2);   /* from sender degrees 0 and 1 */
    check_msg_blocks(&c->plan->layers[2]);
    ck_assert_int_eq(c->plan->layers[1].nmsg, 0);   /* a norm has no messages */
    compile_free(c);
    c = load(SPEC("tiny_conv"));
    check_msg_blocks(&c->plan->layers[0]);   /* c1 -> 4x0..2 */
    ck_assert_int_eq(c->plan->layers[0].nmsg, 3);
    ck_assert_int_eq(c->plan->layers[0].msg[0].role, 'r');
    check_msg_blocks(&c->plan->layers[3]);   /* c2 -> 4x0 + 1x1 */
    ck_assert_int_eq(c->plan->layers[3].nmsg, 2);
    compile_free(c);
}
END_TEST

/* The CUDA emitter takes weights and layouts from the plan: each kernel passes its layer's
 * weight base, and a map reads its weights at the plan's relative offset. */
START_TEST(cuda_walks_plan)
{
    compile *c = load(SPEC("qm9_se3"));
    const plan *pn = c->plan;
    emit_buf b = { 0 };
    emit_cuda(c->ir, "qm9.spec", &b);
    char want[256];
    for (int i = 0; i < pn->nlayers; i++) {
        const plan_layer *pl = &pn->layers[i];
        snprintf(want, sizeof want, "se3_%s_forward(SE3_PARAMS)\n{\n    se3_%s_forward_body(SE3_ARGS(P + %ld));", pl->L->name,
                 pn->layers[pl->shape].L->name, pl->wbase);
        ck_assert_msg(strstr(b.s, want) != NULL, "no kernel %s passing P + %ld", pl->L->name, pl->wbase);
    }
    const plan_map *m = &pn->layers[2].q.d[1];   /* att_2's query map of degree 1 */
    ck_assert_str_eq(pn->layers[2].L->name, "att_2");
    ck_assert_int_eq(m->l, 1);
    snprintf(want, sizeof want, "se3_mix(P + %ld, %d, %d, 3, fi + %d, q + %d, 0);  /* .q.1 */", m->w.rel, m->cin, m->cout,
             m->from_off, m->to_off);
    ck_assert_msg(strstr(b.s, want) != NULL, "no %s", want);
    emit_buf_free(&b);
    compile_free(c);
}
END_TEST

/* ---- the gate layer's checks (docs/spec-language.md, "gate") ---------------------------- */

static char *first_error(const char *text)
{
    compile *c = compile_string("g.spec", text, strlen(text));
    ck_assert_int_ge(c->diags.nerrors, 1);
    char *msg = strdup(c->diags.head->msg);
    compile_free(c);
    return msg;
}

START_TEST(gate_checks)
{
    char *e = first_error("model h { graph full; input s : 2x0 + 1x1; gate g -> 1x0 + 2x1; output y : 1x0 + 2x1; }");
    ck_assert_msg(strstr(e, "gate 'g' keeps the channels of degree 1") != NULL, "%s", e);
    free(e);
    e = first_error("model h { graph full; input s : 2x0 + 1x1 + 1x2; gate g -> 1x0 + 1x1 + 1x2; output y : 1x0; }");
    ck_assert_msg(strstr(e, "gate 'g' needs 1 + 2 degree-0 inputs") != NULL, "%s", e);
    free(e);
    e = first_error("model h { graph full; input s : 3x0 + 1x1; gate g -> 2x0 + 1x1 (act=elu); output y : 2x0; }");
    ck_assert_msg(strstr(e, "silu, relu or tanh") != NULL, "%s", e);
    free(e);
    /* a good one: the plan finds the gates after the scalars, degree by degree */
    const char *ok = "model h { graph full; input s : 4x0 + 1x1 + 1x2; gate g -> 2x0 + 1x1 + 1x2 (act=relu);"
                     " output y : 2x0 + 1x1 + 1x2; }";
    compile *c = compile_string("g.spec", ok, strlen(ok));
    ck_assert_int_eq(c->diags.nerrors, 0);
    const plan_layer *pl = &c->plan->layers[0];
    ck_assert_int_eq(pl->nscalar, 2);
    ck_assert_int_eq(pl->ngate, 2);
    ck_assert_int_eq(pl->gate[0].gate_off, 2);
    ck_assert_int_eq(pl->gate[1].gate_off, 3);
    ck_assert_int_eq(pl->gate[1].in_off, 4 + 3);
    ck_assert_int_eq(pl->gate[1].out_off, 2 + 3);
    compile_free(c);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("plan");
    TCase *t = tcase_create("plan");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, weights_covered_tiny);
    tcase_add_test(t, buffers_one_rule);
    tcase_add_test(t, shared_code_qm9);
    tcase_add_test_raise_signal(t, missing_weight_aborts, SIGABRT);
    tcase_add_test_raise_signal(t, misplaced_weight_aborts, SIGABRT);
    tcase_add_test_raise_signal(t, misplaced_output_layer_aborts, SIGABRT);
    tcase_add_test(t, message_blocks);
    tcase_add_test(t, cuda_walks_plan);
    tcase_add_test(t, gate_checks);
    suite_add_tcase(s, t);
    Suite *all[] = { s, NULL };
    return tu_run_suites(all);
}
