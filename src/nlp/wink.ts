/** wink-nlp with its English model, loaded once per process (per worker thread). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

export function wink(): Wink {
  instance ??= winkNLP(model);
  return instance;
}
