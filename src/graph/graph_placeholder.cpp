// placeholder: replaced by the graph component's sources
