// placeholder: replaced by the lexicon component's sources
