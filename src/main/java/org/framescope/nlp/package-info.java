/**
 * Stage 3, NLP: the only package that touches Stanford CoreNLP (ArchUnit rule). In: body text and a
 * {@link org.framescope.nlp.Profile}. Out: {@link org.framescope.model.NlpDocument} (sentences, tokens, POS,
 * lemmas, NER, dependencies), converted to our own records inside {@link org.framescope.nlp.CoreNlpAnnotator}.
 */
package org.framescope.nlp;
