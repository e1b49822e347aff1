/**
 * Trained classifiers (Smile 3.1.1, CPU only) for the {@code classify} stage.
 *
 * <ul>
 *   <li>{@link org.framescope.classify.BiasModel}: sentence bias probability with explanation
 *       ({@code score(String)} returns {@link org.framescope.model.BiasScore}) and biased-word highlights
 *       ({@code biasedWordOffsets(String)}, {@code biasedWordSpans(String, int)}); load with
 *       {@code BiasModel.loadDefault()} or {@code BiasModel.load(Path)}.</li>
 *   <li>{@link org.framescope.classify.StanceModel}: {@code probabilities(sentence, targetBegin, targetEnd)}
 *       returns [negative, neutral, positive]; load with {@code StanceModel.loadDefault()} or
 *       {@code StanceModel.load(Path)}. Its valence features come from {@link org.framescope.classify.StanceLexicon}
 *       (the project's loaded.tsv, stored inside the model file).</li>
 *   <li>Training ({@link org.framescope.classify.BiasTrainer}, {@link org.framescope.classify.StanceTrainer}),
 *       evaluation ({@link org.framescope.eval.BiasEvaluation},
 *       {@link org.framescope.eval.StanceEvaluation}, held-out search
 *       {@link org.framescope.eval.StanceValidation}), model files with provenance
 *       ({@link org.framescope.classify.ModelFile}).</li>
 * </ul>
 * Features use only the raw sentence text ({@link org.framescope.text.Tokenizer}), never CoreNLP.
 */
package org.framescope.classify;
