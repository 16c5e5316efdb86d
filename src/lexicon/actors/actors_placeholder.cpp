// placeholder: replaced by the lexicon/actors component's sources
