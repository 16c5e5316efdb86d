// placeholder: replaced by the store component's sources
