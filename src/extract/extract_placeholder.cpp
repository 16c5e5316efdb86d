// placeholder: replaced by the extract component's sources
