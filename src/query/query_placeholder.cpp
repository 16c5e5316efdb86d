// placeholder: replaced by the query component's sources
