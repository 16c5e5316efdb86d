// placeholder: replaced by the text component's sources
