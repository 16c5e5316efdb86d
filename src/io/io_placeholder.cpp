// placeholder: replaced by the io component's sources
