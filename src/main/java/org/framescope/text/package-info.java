/**
 * The one raw-text tokenizer ({@link org.framescope.text.Tokenizer}): word tokens for the classifiers and the
 * comparison, CoreNLP-like tokens and sentences for runs without CoreNLP. In: a string. Out: tokens with
 * offsets.
 */
package org.framescope.text;
