// placeholder: replaced by the lexicon/relations component's sources
