'bom ok'
