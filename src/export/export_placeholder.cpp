// placeholder: replaced by the export component's sources
